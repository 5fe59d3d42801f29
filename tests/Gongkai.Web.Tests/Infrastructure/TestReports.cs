namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>Report texts for the tests: the seed report (红寺堡区科学技术局 2023, all tables zero) and variants of it.</summary>
public static class TestReports
{
    private const string ReceivedRowZeros = "本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0";

    public static string Consistent { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "hongsibao-kejiju-2023-annual-report.txt"));

    /// <summary>
    /// The seed report claiming two new requests from natural persons (c1, and so 总计 c7) that are neither concluded nor
    /// carried over: 一 + 二 ≠ 三 + 四 in columns c1 and c7 (rule R1).
    /// </summary>
    public static string WithUnbalancedRequests { get; } = Replace(Consistent, ReceivedRowZeros, "本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2");

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The seed report no longer contains '{from}'.");
}
