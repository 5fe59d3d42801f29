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
            if (Ignored(ch)) continue;
            chars.Add(Mapped(ch));
        }
        return new string([.. chars]);
    }

    /// <summary>
    /// <c>Normalize(a) == Normalize(b)</c>, compared character by character without making either string: R11 compares
    /// every section heading of every report checked.
    /// </summary>
    public static bool SameLabel(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && Ignored(a[i])) i++;
            while (j < b.Length && Ignored(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (Mapped(a[i]) != Mapped(b[j])) return false;
            i++;
            j++;
        }
    }

    private static bool Ignored(char ch) =>
        char.IsWhiteSpace(ch) || ch is '#' or '*' or '“' or '”' or '"' or '‘' or '’' or '\'' or '、' or '，' or ',' or '。';

    private static char Mapped(char ch) => ch switch { '(' => '（', ')' => '）', _ => ch };
}
