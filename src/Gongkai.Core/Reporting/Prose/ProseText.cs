using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// Prepares report prose for reading numbers: full-width digits and signs become ASCII, whitespace and Markdown marks go
/// (published text breaks lines and words anywhere: SEED has “水\n\n平”, “2023 年”), thousands separators go; sentences end at
/// 。！？ and clauses at ，；：and brackets.
/// </summary>
internal static partial class ProseText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '*' or '#') continue;
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '％' => '%',
                '．' => '.',
                _ => ch,
            });
        }
        return ThousandsSeparator().Replace(sb.ToString(), "");
    }

    public static IEnumerable<string> Sentences(string normalized) =>
        SentenceEnd().Split(normalized).Where(s => s.Length > 0);

    public static bool IsClauseBreak(char ch) => ch is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '）' or '(' or ')' or '【' or '】';

    /// <summary>Start of the clause that contains <paramref name="index"/>.</summary>
    public static int ClauseStart(string sentence, int index)
    {
        for (int i = index - 1; i >= 0; i--)
            if (IsClauseBreak(sentence[i])) return i + 1;
        return 0;
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex("[。！？!?]")]
    private static partial Regex SentenceEnd();
}
