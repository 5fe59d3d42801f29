using Gongkai.Documents.Rendering.Print;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>A glyph of the body text: its page, horizontal extent and baseline (PDF points, origin bottom-left).</summary>
internal sealed record PdfGlyph(string Value, int Page, double Left, double Right, double Baseline)
{
    public double Centre => (Left + Right) / 2;
}

/// <summary>Where an expected line was found: its tokens' glyphs.</summary>
internal sealed record FoundLine(ExpectedLine Line, IReadOnlyList<IReadOnlyList<PdfGlyph>> Tokens);

/// <summary>
/// The text of a PDF as PdfPig reads it, in content-stream order, whitespace dropped, without the page numbers (everything
/// printed below the type area), with each character traced back to its glyph.
/// </summary>
internal sealed class PdfText
{
    private readonly List<PdfGlyph> _glyphs = [];
    private readonly List<int> _glyphOfChar = [];

    public PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        PageCount = document.NumberOfPages;
        double typeAreaBottom = PrintLayout.Mm(PrintLayout.BottomMarginMm);
        var text = new System.Text.StringBuilder();
        foreach (var page in document.GetPages())
        {
            PageSizes.Add((page.Width, page.Height));
            foreach (var letter in page.Letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value) || letter.StartBaseLine.Y < typeAreaBottom - 3) continue;
                _glyphs.Add(new PdfGlyph(letter.Value, page.Number, letter.BoundingBox.Left, letter.BoundingBox.Right, letter.StartBaseLine.Y));
                foreach (var _ in letter.Value) _glyphOfChar.Add(_glyphs.Count - 1);
                text.Append(letter.Value);
            }
        }
        Text = text.ToString();
    }

    public string Text { get; }
    public int PageCount { get; }
    public List<(double Width, double Height)> PageSizes { get; } = [];

    public static string Normalize(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// Finds the lines in order: each line's tokens back to back (nothing between the cells of a row), anything allowed
    /// between lines (a repeated table head, a page break). Fails naming the first line not found.
    /// </summary>
    public List<FoundLine> AssertInOrder(IEnumerable<ExpectedLine> lines)
    {
        var found = new List<FoundLine>();
        int position = 0;
        foreach (var line in lines)
        {
            var tokens = line.Tokens.Select(Normalize).Where(t => t.Length > 0).ToList();
            var joined = string.Concat(tokens);
            int at = Text.IndexOf(joined, position, StringComparison.Ordinal);
            if (at < 0)
            {
                var context = Text.Substring(position, Math.Min(300, Text.Length - position));
                Assert.Fail($"{line.What} not found in reading order: expected \"{joined}\" after position {position}; the text there is \"{context}\"");
            }
            var glyphs = new List<IReadOnlyList<PdfGlyph>>();
            int start = at;
            foreach (var token in tokens)
            {
                glyphs.Add([.. Enumerable.Range(start, token.Length).Select(i => _glyphOfChar[i]).Distinct().Select(g => _glyphs[g])]);
                start += token.Length;
            }
            found.Add(new FoundLine(line, glyphs));
            position = at + joined.Length;
        }
        return found;
    }

    /// <summary>For each font a page uses, whether the font program is embedded (FontFile, FontFile2 or FontFile3).</summary>
    public static List<(string Font, bool Embedded)> Fonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        IToken Resolve(IToken token) => token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;
        DictionaryToken? Dictionary(DictionaryToken owner, string key) =>
            owner.TryGet(NameToken.Create(key), out IToken? t) ? Resolve(t) as DictionaryToken : null;

        var fonts = new Dictionary<string, bool>();
        foreach (var page in document.GetPages())
        {
            DictionaryToken? node = page.Dictionary, resources = null;
            while (node is not null && (resources = Dictionary(node, "Resources")) is null) node = Dictionary(node, "Parent");
            var fontDictionary = resources is null ? null : Dictionary(resources, "Font");
            if (fontDictionary is null) continue;
            foreach (var (_, value) in fontDictionary.Data)
            {
                var font = (DictionaryToken)Resolve(value);
                var name = font.TryGet(NameToken.BaseFont, out IToken? baseFont) ? Resolve(baseFont).ToString()! : "?";
                var described = font;
                if (font.TryGet(NameToken.DescendantFonts, out IToken? descendants) && Resolve(descendants) is ArrayToken array)
                    described = (DictionaryToken)Resolve(array.Data[0]);
                var descriptor = Dictionary(described, "FontDescriptor");
                bool embedded = descriptor is not null && new[] { "FontFile", "FontFile2", "FontFile3" }.Any(k => descriptor.ContainsKey(NameToken.Create(k)));
                fonts[name] = embedded;
            }
        }
        return [.. fonts.Select(f => (f.Key, f.Value))];
    }
}
