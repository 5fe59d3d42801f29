using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class FormatDetectorTests
{
    [Fact]
    public void Detect_OnTextWithKeysAtAnyPlace_CountsTheKeysAsAFullTextSearchForEachDoes()
    {
        var keys = FormatDetector.Only2021.Concat(FormatDetector.Only2019).ToArray();
        // Filler that holds the anchors' characters without the keys, so that the compares at the anchors are exercised.
        const string filler = "本年度件数采购公开数量金额项目政府信息|  \n1234";
        var random = new Random(10);
        for (int round = 0; round < 600; round++)
        {
            var builder = new StringBuilder();
            int pieces = random.Next(0, 12);
            for (int p = 0; p < pieces; p++)
            {
                int gap = random.Next(0, 40);
                for (int k = 0; k < gap; k++) builder.Append(filler[random.Next(filler.Length)]);
                builder.Append(keys[random.Next(keys.Length)]);
            }
            string text = builder.ToString();
            using var doc = new TextDocument(text);

            string compact = doc.Compact.ToString();
            int score = FormatDetector.Only2021.Count(k => compact.Contains(k, StringComparison.Ordinal))
                - FormatDetector.Only2019.Count(k => compact.Contains(k, StringComparison.Ordinal));
            var expected = score > 0 ? ReportFormat.F2021 : score < 0 ? ReportFormat.F2019 : ReportFormat.F2021;

            Assert.True(expected == FormatDetector.Detect(doc, null), $"score {score} for \"{text}\"");
        }
    }
}
