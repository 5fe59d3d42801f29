using System.Globalization;

namespace Gongkai.Core.Disclosure.Registers;

/// <summary>
/// 年度执法统计: one agency's numbers for one year that table 二 reports (第二十条第（五）（六）（八）项) — decisions on 行政许可, 行政处罚
/// and 行政强制, and 行政事业性收费 income. The fee is kept in 分 as an integer so no rounding ever happens; the table shows it in
/// 万元 (<see cref="FeeIncomeWan"/>).
/// </summary>
public sealed record EnforcementStatistics
{
    /// <summary>1 万元 = 10 000 元 = 1 000 000 分.</summary>
    public const long FenPerWan = 1_000_000;

    private EnforcementStatistics(int year, long licensing, long penalty, long enforcement, long feeIncomeFen)
    {
        Year = year;
        LicensingDecisions = licensing;
        PenaltyDecisions = penalty;
        EnforcementDecisions = enforcement;
        FeeIncomeFen = feeIncomeFen;
    }

    public int Year { get; }

    /// <summary>行政许可 本年处理决定数量.</summary>
    public long LicensingDecisions { get; }

    /// <summary>行政处罚 本年处理决定数量.</summary>
    public long PenaltyDecisions { get; }

    /// <summary>行政强制 本年处理决定数量.</summary>
    public long EnforcementDecisions { get; }

    /// <summary>行政事业性收费 本年收费金额, in 分.</summary>
    public long FeeIncomeFen { get; }

    /// <summary>The fee income in 万元, exact (分 / 1 000 000), without trailing zeros: 12 345 678 分 → 12.345678.</summary>
    public decimal FeeIncomeWan => FenToWan(FeeIncomeFen);

    public static decimal FenToWan(long fen) =>
        decimal.Parse(((decimal)fen / FenPerWan).ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static DomainResult<EnforcementStatistics> Create(int year, long licensingDecisions, long penaltyDecisions, long enforcementDecisions, long feeIncomeFen)
    {
        var errors = new List<DomainError>();
        if (year is < 2008 or > 9999) errors.Add(new StatisticsYearInvalidError(year));
        if (licensingDecisions < 0) errors.Add(new StatisticsNegativeError("行政许可"));
        if (penaltyDecisions < 0) errors.Add(new StatisticsNegativeError("行政处罚"));
        if (enforcementDecisions < 0) errors.Add(new StatisticsNegativeError("行政强制"));
        if (feeIncomeFen < 0) errors.Add(new StatisticsNegativeError("行政事业性收费"));
        if (errors.Count > 0) return DomainResult<EnforcementStatistics>.Failure(errors);
        return new EnforcementStatistics(year, licensingDecisions, penaltyDecisions, enforcementDecisions, feeIncomeFen);
    }
}

/// <summary>The 2008 条例 started annual reporting; a year before it, or not a year at all, is a typing mistake.</summary>
public sealed record StatisticsYearInvalidError(int Year) : DomainError("statistics-year-invalid",
    $"年度“{Year}”无效", $"'{Year}' is not a valid year");

public sealed record StatisticsNegativeError(string WhatZh) : DomainError("statistics-negative",
    $"{WhatZh}的数量或金额不能为负数", $"the figure for {WhatZh} cannot be negative");
