using System.Text;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class TextDocumentCompactTests
{
    // Characters the compact pass treats differently: kept ASCII, whitespace and markup it drops, characters the fold
    // changes (full-width forms, the enumeration and Chinese commas, curly quotes, traditional and Kangxi forms), and
    // ideographs and punctuation it keeps as they are — mixed so that every block of eight meets every case.
    private const string Alphabet = "0123456789abcXYZ.,:-()\t \n|*#`>\u00A0\u3000\u200B（）：１２３、，“”無結轉繼續辦復議\u2F00\u2F06本年度办理结果公开予以申请。—";

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
}
