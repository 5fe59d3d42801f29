using System.Text.Json;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// The flattened real reports of shared/corpus/pingtan, measured against their hand-made truth. The reader has no
/// knowledge of these files; the measure guards what it already reaches.
/// </summary>
public class CorpusReadingTests
{
    [Fact]
    public void PingtanReports_CellAccuracy_IsAtLeast95Percent()
    {
        string dir = Path.Combine(SharedFiles.Root, "corpus", "pingtan");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "truth.json")));
        int cells = 0, right = 0;
        foreach (var file in truth.RootElement.GetProperty("reports").EnumerateObject())
        {
            var report = ReportTextReader.Read(File.ReadAllText(Path.Combine(dir, file.Name))).Report!;
            Assert.Equal(file.Value.GetProperty("year").GetInt32(), report.Year);
            Assert.Equal(file.Value.GetProperty("agency").GetString(), report.AgencyName);
            Assert.Equal(file.Value.GetProperty("format").GetString(), report.Format.ToString()[1..]);
            foreach (var cell in file.Value.GetProperty("cells").EnumerateObject())
            {
                cells++;
                var read = report[cell.Name];
                bool same = cell.Value.ValueKind == JsonValueKind.Null
                    ? read is null || !read.Value.IsNumber
                    : read is { IsNumber: true } v && v.Number == cell.Value.GetDecimal();
                if (same) right++;
            }
        }
        Assert.True(right >= cells * 0.95, $"{right} of {cells} cells read right");
    }
}
