using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Damaged input never crashes the reader and never makes it invent a value.</summary>
public class RobustnessTests
{
    private static readonly string Seed = SharedFiles.Seed;

    [Property(MaxTest = 300)]
    public void SeedCutAtAnyPoint_IsReadWithoutThrowing_AndEveryNumberFoundIsTheSeedsZero(int seed)
    {
        var rng = new Random(seed);
        int from = rng.Next(Seed.Length), to = rng.Next(from, Seed.Length + 1);
        string text = rng.Next(3) switch
        {
            0 => Seed[..from],
            1 => Seed[from..],
            _ => Seed[..from] + Seed[to..],
        };

        var reading = ReportTextReader.Read(text);

        // A splice can leave empty tab fields where numbers were: those read as blank cells, as written.
        if (reading.Report is { } report)
            Assert.All(report.Cells.Values.Where(v => v.IsNumber), v => Assert.Equal(0m, v.Number));
    }

    [Property(MaxTest = 300)]
    public void SeedWithRandomCharactersChanged_IsReadWithoutThrowing(int seed)
    {
        var rng = new Random(seed);
        var chars = Seed.ToCharArray().ToList();
        string alphabet = "0123456789\t\n |（）()、，一二三四五六七—/#*不适用无小计总计其他法提供";
        int edits = rng.Next(1, 60);
        for (int i = 0; i < edits && chars.Count > 0; i++)
        {
            int at = rng.Next(chars.Count);
            switch (rng.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, alphabet[rng.Next(alphabet.Length)]); break;
                default: chars[at] = (char)rng.Next(0, 0xFFFF); break;
            }
        }

        var reading = ReportTextReader.Read(new string([.. chars]));

        Assert.True(reading.Recognised || reading.NotRecognisedReason is not null);
    }

    [Property(MaxTest = 100)]
    public void GeneratedTextCutAtALineEnd_NeverInventsAValue(int seed)
    {
        var report = Samples.Report(seed, ReportFormat.F2021);
        string text = new SeedStyleText(new Random(seed), TextDamage.None).Write(report);
        var lines = text.Split('\n');
        string cut = string.Join('\n', lines.Take(new Random(seed).Next(lines.Length)));

        var reading = ReportTextReader.Read(cut);

        if (reading.Report is { } read)
            Assert.All(read.Cells, c => Assert.Equal(report[c.Key], c.Value));
    }

    [Property(MaxTest = 100)]
    public void GeneratedTextWithOneLineDropped_ReportsWhatIsMissing_AndNeverInventsAValue(int seed)
    {
        var report = Samples.Report(seed, ReportFormat.F2021);
        string text = new SeedStyleText(new Random(seed), TextDamage.None).Write(report);
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(new Random(seed).Next(lines.Count));

        var reading = ReportTextReader.Read(string.Join('\n', lines));

        var read = reading.Report!;
        Assert.All(read.Cells, c => Assert.Equal(report[c.Key], c.Value));
        AssertEveryAbsentCellIsNamed(reading);
    }

    [Property(MaxTest = 200)]
    public void SeedCutAtAnyLine_NamesEveryCellItCouldNotRead(int seed)
    {
        var lines = Seed.Split('\n');
        var rng = new Random(seed);
        int from = rng.Next(lines.Length), count = rng.Next(1, 12);
        string text = string.Join('\n', lines.Take(from).Concat(lines.Skip(from + count)));

        var reading = ReportTextReader.Read(text);

        if (reading.Recognised) AssertEveryAbsentCellIsNamed(reading);
    }

    /// <summary>An absent cell is named by a problem: its own id, its row, its column, its block or its table.</summary>
    private static void AssertEveryAbsentCellIsNamed(Gongkai.Documents.Reading.ReportReading reading)
    {
        var report = reading.Report!;
        var parts = reading.Problems.Select(p => p.Part).ToHashSet();
        foreach (var cell in report.Layout.Cells.Where(c => report[c.Id] is null))
        {
            string table = cell.Id[..2];
            string? block = cell.Table == ReportTable.Proactive
                ? "t2." + report.Layout.ProactiveBlocks.First(b => b.Rows.Contains(cell.RowId)).Id
                : null;
            bool named = parts.Contains(cell.Id) || parts.Contains(table)
                         || parts.Contains($"{table}.{cell.RowId}") || parts.Contains($"{table}.{cell.ColumnId}")
                         || (block is not null && parts.Contains(block));
            Assert.True(named, $"{cell.Id} is absent but no problem names it");
        }
    }

    [Fact]
    public void LongInput_IsReadInOnePass()
    {
        // Thousands of label-like fragments must not make the label search quadratic in the input.
        string noise = string.Concat(Enumerable.Repeat("其他 总计 1.其他 (七) 0\t", 20_000));
        string text = Seed + "\n" + noise;

        var reading = ReportTextReader.Read(text);

        Assert.True(reading.Recognised);
    }
}
