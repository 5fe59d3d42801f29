using System.Globalization;
using System.Text;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>A piece of text that is never split across lines, with the font it is set in and its measured width.</summary>
internal sealed record TextUnit(string Text, int Style, double Width)
{
    public bool IsSpace => Text.Length > 0 && Text.All(char.IsWhiteSpace);
}

/// <summary>
/// Breaks Chinese text into lines: a line may break between any two Chinese characters, but a run of Latin letters or digits
/// (2023, 5.5, t3.r1.c1) stays whole, closing punctuation (，。、）” …) never starts a line and opening punctuation (（“《 …)
/// never ends one (避头尾, the usual Chinese line-breaking rule).
/// </summary>
internal static class LineBreaker
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <summary>Splits styled runs into units. <paramref name="measure"/> gives a string's width in a style.</summary>
    public static List<TextUnit> Units(IEnumerable<(string Text, int Style)> runs, Func<string, int, double> measure)
    {
        var pieces = new List<(string Text, int Style)>();
        foreach (var (text, style) in runs)
            foreach (var piece in Pieces(text)) pieces.Add((piece, style));

        // Glue punctuation to its neighbour so that the pair moves to the next line together.
        var glued = new List<(StringBuilder Text, int Style)>();
        bool glueNext = false;
        foreach (var (text, style) in pieces)
        {
            bool closing = text.Length == 1 && NoLineStart.Contains(text[0]);
            if (glued.Count > 0 && (glueNext || closing) && glued[^1].Style == style && !char.IsWhiteSpace(text[0]))
                glued[^1].Text.Append(text);
            else
                glued.Add((new StringBuilder(text), style));
            glueNext = text.Length == 1 && NoLineEnd.Contains(text[0]);
        }
        return [.. glued.Select(g => new TextUnit(g.Text.ToString(), g.Style, measure(g.Text.ToString(), g.Style)))];
    }

    /// <summary>
    /// Greedy line filling. The first line may be narrower (a first-line indent). A unit wider than a whole line is split
    /// into characters. Spaces at the ends of lines are dropped.
    /// </summary>
    public static List<List<TextUnit>> Lines(IReadOnlyList<TextUnit> units, double firstWidth, double width, Func<string, int, double> measure)
    {
        var lines = new List<List<TextUnit>>();
        var line = new List<TextUnit>();
        double used = 0;
        double Limit() => lines.Count == 0 ? firstWidth : width;
        void Flush()
        {
            while (line.Count > 0 && line[^1].IsSpace) line.RemoveAt(line.Count - 1);
            lines.Add(line);
            line = [];
            used = 0;
        }

        var queue = new Queue<TextUnit>(units);
        while (queue.Count > 0)
        {
            var unit = queue.Dequeue();
            if (line.Count == 0 && unit.IsSpace) continue;
            // A small tolerance keeps a line that fits exactly from breaking on rounding.
            if (used + unit.Width <= Limit() + 0.01)
            {
                line.Add(unit);
                used += unit.Width;
                continue;
            }
            if (line.Count > 0)
            {
                Flush();
                if (!unit.IsSpace) queue = new Queue<TextUnit>(queue.Prepend(unit));
                continue;
            }
            // Wider than a whole line: place it character by character.
            var characters = TextElements(unit.Text).Select(t => new TextUnit(t, unit.Style, measure(t, unit.Style))).ToList();
            if (characters.Count == 1)
            {
                line.Add(unit);
                Flush();
                continue;
            }
            queue = new Queue<TextUnit>(characters.Concat(queue));
        }
        if (line.Count > 0 || lines.Count == 0) Flush();
        return lines;
    }

    /// <summary>Latin/digit runs whole, spaces grouped, every other character (a text element) alone.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var run = new StringBuilder();
        int kind = 0; // 1 = word, 2 = space
        foreach (var element in TextElements(text))
        {
            int k = IsWordChar(element) ? 1 : element.All(char.IsWhiteSpace) ? 2 : 0;
            if (k != 0 && k == kind) { run.Append(element); continue; }
            if (run.Length > 0) yield return run.ToString();
            run.Clear();
            kind = k;
            if (k == 0) yield return element;
            else run.Append(element);
        }
        if (run.Length > 0) yield return run.ToString();
    }

    private static bool IsWordChar(string element) =>
        element.Length == 1 && (char.IsAsciiLetterOrDigit(element[0]) || element[0] is '.' or '_' or '-' or '/' or '+');

    private static IEnumerable<string> TextElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return (string)e.Current;
    }
}
