using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Core.Disclosure.Summary;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>The wording of section 一（一）'s sentence: the default is valid, and placeholders are filled as the placeholder pattern reads them.</summary>
public class ProactiveSentenceTemplateTests
{
    [Fact]
    public void DefaultWording_UsesOnlyKnownPlaceholders() =>
        // ProactiveSummary.Sentence trusts the default wording without checking it on every report.
        Assert.Empty(ProactiveSentenceTemplate.Default.Validate());

    [Fact]
    public void Fill_ReplacesEachPlaceholderAndKeepsOtherBraces() =>
        Assert.Equal("2023年，我局{未知 {Year} {} 共 225 条}",
            ProactiveSentenceTemplate.Fill("{year}年，{self}{未知 {Year} {} 共 {total} 条}", ("year", "2023"), ("self", "我局"), ("total", "225")));

    [Fact]
    public void Fill_WhenAPlaceholderHasNoValue_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => ProactiveSentenceTemplate.Fill("{year}{self}", ("year", "2023")));

    private static readonly (string Name, string Value)[] Values = [("a", "甲"), ("ab", "{b}"), ("year", "2023"), ("b", "")];

    /// <summary>Fill gives what a regex replacement of <c>\{([a-z]+)\}</c> gives, on random text of braces, letters and ideographs.</summary>
    [Property(MaxTest = 500)]
    public Property Fill_IsTheRegexReplacement()
    {
        var pieces = Gen.Elements("{", "}", "a", "b", "ab", "year", "Y", "1", "年", "{a}", "{ab}", "{year}", "{b}", "{}", "{{a}}");
        return Prop.ForAll(Gen.ListOf(pieces).Select(p => string.Concat(p)).ToArbitrary(), template =>
        {
            bool known = Regex.Matches(template, @"\{([a-z]+)\}").All(m => Values.Any(v => v.Name == m.Groups[1].Value));
            if (!known) return Assert.Throws<InvalidOperationException>(() => ProactiveSentenceTemplate.Fill(template, Values)) is not null;
            var expected = Regex.Replace(template, @"\{([a-z]+)\}", m => Values.First(v => v.Name == m.Groups[1].Value).Value);
            return ProactiveSentenceTemplate.Fill(template, Values) == expected;
        });
    }
}
