namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// Compares labels and headings as published reports write them: whitespace, Markdown marks, bracket width, quote style and
/// the 、/， inside r3.6.1–2 vary in the wild (report-format.md §4.2 notes, §8), so they are ignored.
/// </summary>
internal static class LabelText
{
    public static string Normalize(string label)
    {
        var chars = new List<char>(label.Length);
        foreach (var ch in label)
        {
            if (char.IsWhiteSpace(ch) || ch is '#' or '*' or '“' or '”' or '"' or '‘' or '’' or '\'' or '、' or '，' or ',' or '。') continue;
            chars.Add(ch switch { '(' => '（', ')' => '）', _ => ch });
        }
        return new string([.. chars]);
    }

    public static bool SameLabel(string a, string b) => Normalize(a) == Normalize(b);
}
