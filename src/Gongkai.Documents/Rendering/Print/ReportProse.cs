using System.Text.RegularExpressions;

namespace Gongkai.Documents.Rendering.Print;

/// <summary>Heading level of a line in a section body (GB/T 9704 结构层次序数).</summary>
public enum ProseLevel
{
    /// <summary>Plain text (also the levels 1. and （1）, which are set in the body face).</summary>
    Body,
    /// <summary>一、 — set in 黑体.</summary>
    First,
    /// <summary>（一） — set in 楷体.</summary>
    Second,
}

/// <summary>
/// One paragraph of a section body. <see cref="Lead"/> is a numbered lead-in (（一）信息主动公开情况。) set in its level's face,
/// followed by <see cref="Text"/> in the body face; a line that is only a heading has an empty <see cref="Text"/>.
/// </summary>
public sealed record ProseParagraph(ProseLevel Level, string Lead, string Text)
{
    public string FullText => Lead + Text;
}

/// <summary>Splits the prose of a report into printable paragraphs and recognises numbered heading lines.</summary>
public static partial class ReportProse
{
    // A lead-in longer than this is a sentence that happens to start with a number, not a heading.
    private const int MaxHeadingLength = 30;

    public static IReadOnlyList<ProseParagraph> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var list = new List<ProseParagraph>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0) list.Add(Parse(line));
        }
        return list;
    }

    private static ProseParagraph Parse(string line)
    {
        var level = SecondLevel().IsMatch(line) ? ProseLevel.Second : FirstLevel().IsMatch(line) ? ProseLevel.First : ProseLevel.Body;
        if (level == ProseLevel.Body) return new ProseParagraph(ProseLevel.Body, "", line);

        int stop = line.IndexOfAny(['。', '；', '：']);
        if (stop < 0) return line.Length <= MaxHeadingLength ? new ProseParagraph(level, line, "") : new ProseParagraph(ProseLevel.Body, "", line);
        if (stop + 1 > MaxHeadingLength) return new ProseParagraph(ProseLevel.Body, "", line);
        return new ProseParagraph(level, line[..(stop + 1)], line[(stop + 1)..]);
    }

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex FirstLevel();

    [GeneratedRegex("^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SecondLevel();
}
