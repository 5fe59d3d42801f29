namespace Gongkai.Documents.Reading.Text;

/// <summary>How the cells on one line are separated: spaces only (flattened text), tabs (copied tables), pipes (Markdown).</summary>
internal enum LineKind
{
    Space,
    Tab,
    Pipe,
    /// <summary>The <c>| --- | --- |</c> row under a Markdown table's header: no content.</summary>
    PipeDelimiter,
}

/// <summary>
/// The input text twice: as written (line breaks unified to \n) and as a compact key — folded by
/// <see cref="TextNormaliser"/>, without whitespace and Markdown markup — in which labels split by spaces or line
/// breaks (<c>三、本 年度办 理结果</c>) are contiguous again. Both are built in one pass; index maps lead from one to the other.
/// </summary>
internal sealed class TextDocument
{
    private readonly int[] _lineStarts;
    private readonly int[] _compactToText;
    private readonly int[] _textToCompact;

    public TextDocument(string text)
    {
        Text = UnifyLineBreaks(text);
        var lineStarts = new List<int> { 0 };
        var compact = new char[Text.Length];
        _compactToText = new int[Text.Length + 1];
        _textToCompact = new int[Text.Length + 1];
        int n = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            char c = Text[i];
            _textToCompact[i] = n;
            if (c == '\n') lineStarts.Add(i + 1);
            if (TextNormaliser.IsSpace(c) || TextNormaliser.IsMarkup(c)) continue;
            compact[n] = TextNormaliser.Fold(c);
            _compactToText[n] = i;
            n++;
        }
        _textToCompact[Text.Length] = n;
        _compactToText[n] = Text.Length;
        Compact = new string(compact, 0, n);
        _lineStarts = [.. lineStarts];
        _lineKinds = ClassifyLines();
    }

    private readonly LineKind[] _lineKinds;

    /// <summary>How the cells of a line are separated.</summary>
    public LineKind KindOf(int line) => _lineKinds[line - 1];

    /// <summary>The text as written, with \r\n and \r turned into \n.</summary>
    public string Text { get; }

    /// <summary>The folded text without whitespace and markup.</summary>
    public string Compact { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Index in <see cref="Text"/> of the compact character at <paramref name="compactIndex"/> (text length at the end).</summary>
    public int ToText(int compactIndex) => _compactToText[compactIndex];

    /// <summary>Index in <see cref="Text"/> just after the compact character before <paramref name="compactEnd"/>.</summary>
    public int ToTextEnd(int compactEnd) => compactEnd == 0 ? 0 : _compactToText[compactEnd - 1] + 1;

    /// <summary>Index in <see cref="Compact"/> of the first compact character at or after text index <paramref name="textIndex"/>.</summary>
    public int ToCompact(int textIndex) => _textToCompact[Math.Clamp(textIndex, 0, Text.Length)];

    /// <summary>1-based line number of a text index.</summary>
    public int LineOf(int textIndex)
    {
        int i = Array.BinarySearch(_lineStarts, textIndex);
        return i >= 0 ? i + 1 : ~i;
    }

    public int LineStart(int line) => _lineStarts[line - 1];

    public int LineEnd(int line) => line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;

    /// <summary>First occurrence of <paramref name="key"/> in the compact text within [from, to), or -1.</summary>
    public int Find(string key, int from, int to)
    {
        if (key.Length == 0 || from < 0 || to - from < key.Length) return -1;
        return Compact.IndexOf(key, from, to - from, StringComparison.Ordinal);
    }

    private LineKind[] ClassifyLines()
    {
        var kinds = new LineKind[_lineStarts.Length];
        for (int l = 1; l <= kinds.Length; l++)
        {
            var line = Text.AsSpan(LineStart(l), LineEnd(l) - LineStart(l));
            if (line.Contains('|'))
            {
                // A GitHub table's delimiter row is its second line: only pipes, colons and hyphens. Checking the
                // position keeps a data row of dashes ("| - | - |") from being taken for one.
                bool second = l >= 2 && kinds[l - 2] == LineKind.Pipe && (l < 3 || kinds[l - 3] is not (LineKind.Pipe or LineKind.PipeDelimiter));
                kinds[l - 1] = second && IsDelimiterRow(line) ? LineKind.PipeDelimiter : LineKind.Pipe;
            }
            else kinds[l - 1] = line.Contains('\t') ? LineKind.Tab : LineKind.Space;
        }
        return kinds;
    }

    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        bool hyphen = false;
        foreach (char c in line)
        {
            if (c == '-') hyphen = true;
            else if (c is not ('|' or ':' or ' ' or '\t')) return false;
        }
        return hyphen;
    }

    private static string UnifyLineBreaks(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
