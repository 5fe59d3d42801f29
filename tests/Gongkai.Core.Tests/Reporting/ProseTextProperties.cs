using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The prose normaliser's hand-written parts: thousands separators removed in place exactly where the regular expression they
/// replaced removed them, and the sixteen-at-a-time character searches stopping exactly where a character-by-character test does.
/// </summary>
public class ProseTextProperties
{
    private static readonly Regex ThousandsSeparator = new(@"(?<=\d),(?=\d{3}(?!\d))");

    private static readonly string[] Pieces = ["1", "23", "456", "7890", ",", "，", "件", "a", "١", "٢٣٤", "。", " "];

    private static readonly string[] SearchPieces =
    [
        "政府", "信息", "公开", "一", "二", "十", "万", "〇", "零", "7", "٣", "０", "９", "％", "．", "件", "条", "个", "次",
        " ", "\n", "\u3000", "\u00A0", "\u2009", "\u202F", "*", "#", "“", "”", "—", "…", "，", "。", "a", "\u1680", "\u2028",
    ];

    [Property(MaxTest = 1000)]
    public bool WithoutThousandsSeparators_RemovesWhatTheReferencePatternRemoves(int[] picks)
    {
        string text = string.Concat((picks ?? []).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));
        var buffer = text.ToCharArray();

        int length = ProseText.WithoutThousandsSeparators(buffer);

        return new string(buffer, 0, length) == ThousandsSeparator.Replace(text, "");
    }

    [Property(MaxTest = 1000)]
    public bool CharacterSearches_StopWhereTheCharacterTestsStop(int[] picks)
    {
        string text = string.Concat((picks ?? []).Select(p => SearchPieces[(int)((uint)p % (uint)SearchPieces.Length)]));

        return ProseCharacters.IndexOfNumberStart(text) == IndexWhere(text, c => char.IsDigit(c) || "零〇一二两三四五六七八九十百千万".Contains(c))
            && ProseCharacters.IndexOfSpecial(text) == IndexWhere(text, c => char.IsWhiteSpace(c) || c is '*' or '#' or (>= '０' and <= '９') or '％' or '．')
            && ProseCharacters.ContainsCountWord(text) == text.AsSpan().ContainsAny("件条篇项起宗份例次个");
    }

    [Fact]
    public void CharacterSearches_VectorTestsHoldEveryMemberOfTheirSets()
    {
        Assert.True(ProseCharacters.VectorTestsCoverTheirSets);
    }

    [Fact]
    public void IsNumberStart_TakesEveryDigitOfAnyScriptAndTheChineseNumeralsOnly()
    {
        var wrong = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => ProseCharacters.IsNumberStart(c) != (char.IsDigit(c) || "零〇一二两三四五六七八九十百千万".Contains(c)));

        Assert.Empty(wrong);
    }

    private static int IndexWhere(string text, Func<char, bool> test)
    {
        for (int i = 0; i < text.Length; i++)
            if (test(text[i])) return i;
        return -1;
    }
}
