using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class CellTokenizerTests
{
    // What the fields of pipe- and tab-separated rows hold: counts of every width (also past the 18 digits read as a count),
    // decimals, thousands separators, signs, dashes, 不适用, words, full-width digits, and the whitespace around and inside
    // them, ASCII or not; the number before a row label (2.); ideographs at a field's ends that are words, that fold into
    // 无 or 适 (無, 適), or that are part of 不适用.
    private static readonly string[] Pieces =
    [
        "2.", "12.", ".", "1.5.", "無", "適用", "不", "用", "一", "本", "年", "（四）无法提供", "法人或其他组织", "１２.",
        "0", "7", "42", "318", "1817", "20230", "123456789012345678", "1234567890123456789", "00012", "1,234", "3101.78234",
        "-5", "+3", "-", "—", "/", "不适用", "无", "不 适 用", "１２", "３", "本年新收", "（一）予以公开", "1.属于国家秘密", "3 4", "x", "",
        " ", "  ", "\t", "\u3000", "\u00A0", "\u200B", "|", "\t", "|", "|", "\t",
    ];

    [Fact]
    public void Tokenize_OfSeparatedRows_GivesTheSameItemsWithAndWithoutTheMasks()
    {
        var random = new Random(14);
        for (int round = 0; round < 3000; round++)
        {
            string text = RandomTable(random);
            using var doc = new TextDocument(text);
            int start = random.Next(text.Length + 1);
            // Every third stretch is at most three characters long (`| `, `||`: stretches the masks are not asked for).
            int end = round % 3 == 0 ? Math.Min(text.Length, start + random.Next(4)) : random.Next(start, text.Length + 1);

            var masked = Describe(text, CellTokenizer.Tokenize(doc, start, end, new List<CellItem>()));
            List<string> fieldByField;
            // Restored as found: on hardware without the masks' instructions the flag starts (and must stay) off.
            bool useMasks = CellTokenizer.UseMasks;
            CellTokenizer.UseMasks = false;
            try
            {
                fieldByField = Describe(text, CellTokenizer.Tokenize(doc, start, end, new List<CellItem>()));
            }
            finally
            {
                CellTokenizer.UseMasks = useMasks;
            }

            Assert.True(fieldByField.SequenceEqual(masked),
                $"[{start}, {end}) of \"{text}\":\n{string.Join("\n", fieldByField)}\n---\n{string.Join("\n", masked)}");
        }
    }

    [Theory]
    [InlineData("| 1,234.50 |", "1234.50")]
    [InlineData("| 3101.78234 |", "3101.78234")]
    [InlineData("| -5 |", "-5")]
    [InlineData("| 1234567890123456789 |", "1234567890123456789")]
    [InlineData("| １２ |", "12")]
    [InlineData("规章 0,0,3", "0 0 3")]
    [InlineData("规章 1,234", "1234")]
    [InlineData("规章 12345678901234567890123456789", "12345678901234567890123456789")]
    public void Value_OfANumberThatIsNoPlainCount_IsReadAgainFromItsText(string text, string expected)
    {
        using var doc = new TextDocument(text);
        var values = CellTokenizer.Tokenize(doc, 0, text.Length, new List<CellItem>())
            .Where(i => i.IsNumber)
            .Select(i => i.Value(text).Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(" ", values));
    }

    [Fact]
    public void LineFrom_AnyHint_GivesTheLineOfTheIndex()
    {
        var random = new Random(27);
        for (int round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 200);
            for (int k = 0; k < length; k++) builder.Append(random.Next(4) == 0 ? '\n' : 'x');
            string text = builder.ToString();
            using var doc = new TextDocument(text);
            using var ctx = new ReadContext(doc, new AnnualReport(ReportFormat.F2021));
            for (int probe = 0; probe < 50; probe++)
            {
                int index = random.Next(text.Length + 1), hint = random.Next(0, doc.LineCount + 2);

                Assert.Equal(doc.LineOf(index), ctx.LineFrom(index, hint));
            }
        }
    }

    private static string RandomTable(Random random)
    {
        var builder = new StringBuilder("表三 收到和处理\n");
        int lines = random.Next(1, 5);
        for (int l = 0; l < lines; l++)
        {
            char separator = random.Next(2) == 0 ? '|' : '\t';
            int fields = random.Next(1, 24); // past 64 characters too: long stretches are taken in pieces
            for (int f = 0; f < fields; f++)
            {
                if (random.Next(3) > 0) builder.Append(separator);
                int pieces = random.Next(0, 4);
                for (int p = 0; p < pieces; p++) builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(4) > 0) builder.Append(' ');
            }
            if (random.Next(2) == 0) builder.Append(separator);
            builder.Append('\n');
        }
        // Rows near the end of the text, where fewer than 64 characters follow, take the field-by-field path.
        if (random.Next(2) == 0) builder.Append("四、结转下年度继续办理 说明文字足够长以便最后一行之后仍有六十四个字符可读取，这样掩码路径也覆盖最后一行的字段。");
        return builder.ToString();
    }

    private static List<string> Describe(string text, List<CellItem> items) =>
    [
        .. items.Select(i => $"{i.Kind} {i.ValueKind} [{i.Start}, {i.End}) line {i.Line} separated {i.Separated} edge {i.AtLineEdge} whole {i.Whole}"
                             + (i.Kind == CellItemKind.Value ? $" = {i.Value(text)}" : "")),
    ];
}
