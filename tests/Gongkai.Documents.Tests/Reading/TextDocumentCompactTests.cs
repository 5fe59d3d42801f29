using System.Runtime.Intrinsics;
using System.Text;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class TextDocumentCompactTests
{
    // Characters the compact pass treats differently: kept ASCII, whitespace and markup it drops, characters the fold
    // changes (full-width forms, the enumeration and Chinese commas, curly quotes, traditional and Kangxi forms), and
    // ideographs and punctuation it keeps as they are — mixed so that every block of eight meets every case.
    private const string Alphabet = "0123456789abcXYZ.,:-()\t \n|*#`>\u00A0\u3000\u200B（）：１２３、，“”無結轉繼續辦復議\u2F00\u2F06本年度办理结果公开予以申请。—‘’\uFF01\uFF5E\uFF00\uFF5F\u3003【】";

    [Fact]
    public void Compact_OfMixedText_IsTheKeyOfTheTextAndEachCharacterMapsBackToItsPlace()
    {
        var random = new Random(2026);
        for (int round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 90);
            for (int k = 0; k < length; k++) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            string text = builder.ToString();

            using var doc = new TextDocument(text);

            Assert.Equal(TextNormaliser.Key(text), doc.Compact.ToString());
            int previous = -1;
            for (int k = 0; k < doc.CompactLength; k++)
            {
                int at = doc.ToText(k);
                Assert.True(at > previous, $"compact {k} of \"{text}\" maps back to {at}, not after {previous}");
                Assert.Equal(TextNormaliser.Fold(text[at]), doc.Compact[k]);
                previous = at;
            }
            Assert.Equal(text.Length, doc.ToText(doc.CompactLength));
        }
    }

    [Fact]
    public void KindOf_EachLine_IsAsDecidedByTwoSearchesPerLine()
    {
        const string lineAlphabet = "|\t\n -:a1本";
        var random = new Random(14);
        for (int round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 40);
            for (int k = 0; k < length; k++) builder.Append(lineAlphabet[random.Next(lineAlphabet.Length)]);
            string text = builder.ToString();

            using var doc = new TextDocument(text);

            var expected = ReferenceKinds(text.Split('\n'));
            Assert.Equal(expected.Length, doc.LineCount);
            for (int l = 1; l <= expected.Length; l++)
                Assert.True(expected[l - 1] == doc.KindOf(l), $"line {l} of \"{text}\": {doc.KindOf(l)}, expected {expected[l - 1]}");
        }
    }

    /// <summary>The classification as it was first written: a search for a pipe, then one for a tab.</summary>
    private static LineKind[] ReferenceKinds(string[] lines)
    {
        var kinds = new LineKind[lines.Length];
        for (int l = 1; l <= lines.Length; l++)
        {
            string line = lines[l - 1];
            if (line.Contains('|'))
            {
                bool second = l >= 2 && kinds[l - 2] == LineKind.Pipe && (l < 3 || kinds[l - 3] is not (LineKind.Pipe or LineKind.PipeDelimiter));
                bool delimiter = line.Contains('-') && line.All(c => c is '|' or ':' or ' ' or '\t' or '-');
                kinds[l - 1] = second && delimiter ? LineKind.PipeDelimiter : LineKind.Pipe;
            }
            else kinds[l - 1] = line.Contains('\t') ? LineKind.Tab : LineKind.Space;
        }
        return kinds;
    }
    [Fact]
    public void FoldCommon_FoldsEachCharacterItMarksAsTheFoldDoes_AndMarksEveryFullWidthForm()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var folded = TextDocument.FoldCommon(Vector256.Create((ushort)c), out var common);
            bool marked = common.GetElement(0) != 0;
            if (marked) Assert.True(folded.GetElement(0) == TextNormaliser.Fold((char)c), $"U+{c:X4} folds to U+{(int)folded.GetElement(0):X4}, the fold gives U+{(int)TextNormaliser.Fold((char)c):X4}");
            if (c is >= 0xFF01 and <= 0xFF5E or '、' or '。' or '“' or '”') Assert.True(marked, $"U+{c:X4} is not folded by the block fold");
        }
    }

    [Fact]
    public void IsControl_IsTheSetOfC0ControlsButTabAndLineBreaks_DelC1AndTheReplacementCharacter()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool expected = (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD;
            Assert.True(expected == TextDocument.IsControl((char)c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Scan_OfMixedText_CountsLineBreaksAndFindsCarriageReturnsAndControls()
    {
        // Rare characters next to every boundary of the ranges the vector pass compares with.
        const string alphabet = "ab本\n\n\t\u000B\f\r\u0008\u000E\u001F \u007E\u007F\u0080\u009F\u00A0\uFFFC\uFFFD\uFFFE";
        var random = new Random(11);
        for (int round = 0; round < 3000; round++)
        {
            int length = random.Next(0, 70);
            var chars = new char[length];
            // Mostly text without the rare characters, so that a single one must be found in any place of a block.
            for (int k = 0; k < length; k++) chars[k] = random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : alphabet[random.Next(3)];
            string text = new(chars);

            var scan = TextDocument.Scan(text);

            Assert.Equal(text.Count(c => c == '\n'), scan.LineBreaks);
            Assert.Equal(text.Contains('\r'), scan.CarriageReturns);
            Assert.True(text.Any(TextDocument.IsControl) == scan.Controls, $"controls in \"{text}\"");
        }
    }

    [Fact]
    public void Scan_OfMoreLineBreaksThanALaneCanCount_CountsThemAll()
    {
        string text = new('\n', 16 * ushort.MaxValue * 2 + 37);

        Assert.Equal(text.Length, TextDocument.Scan(text).LineBreaks);
    }
}
