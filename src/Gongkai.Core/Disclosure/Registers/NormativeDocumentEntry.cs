using Gongkai.Core.Calendar;

namespace Gongkai.Core.Disclosure.Registers;

/// <summary>The two kinds of document table 二 第二十条第（一）项 counts.</summary>
public enum NormativeDocumentKind
{
    /// <summary>规章 (only governments with rule-making power issue them; most departments report 0).</summary>
    Rule,
    /// <summary>行政规范性文件 (F2019: 规范性文件).</summary>
    NormativeDocument,
}

public static class NormativeDocumentKinds
{
    public static string LabelZh(this NormativeDocumentKind kind) => kind == NormativeDocumentKind.Rule ? "规章" : "行政规范性文件";

    /// <summary>The row of table 二 (T2A) the kind is counted in, by format (report-format.md §7).</summary>
    public static string RowIn(this NormativeDocumentKind kind, Reporting.ReportFormat format) =>
        kind == NormativeDocumentKind.Rule ? "规章" : format == Reporting.ReportFormat.F2019 ? "规范性文件" : "行政规范性文件";

    /// <summary>Reads 规章 / 行政规范性文件 (规范性文件 accepted), or the English keys rule / normative_document.</summary>
    public static NormativeDocumentKind? Parse(string? text) => (text ?? "").Trim() switch
    {
        "规章" or "rule" => NormativeDocumentKind.Rule,
        "行政规范性文件" or "规范性文件" or "normative_document" => NormativeDocumentKind.NormativeDocument,
        _ => null,
    };
}

/// <summary>
/// 规章和行政规范性文件登记: one rule or normative document the agency issued, with the day it was issued and, when it stopped being
/// in force, whether it was repealed (废止) or replaced by a revised version (修订 — the new version is its own entry). Table 二
/// 第二十条第（一）项 is counted from these (report-format.md §3): 本年制发 = issued in the year, 本年废止 = repealed in the year,
/// 现行有效 = issued on or before 31 December and neither repealed nor replaced by then.
/// </summary>
public sealed record NormativeDocumentEntry
{
    public const int MaxTitleLength = 300;

    private NormativeDocumentEntry(NormativeDocumentKind kind, string title, string? documentNumber, DateOnly issuedOn, DateOnly? repealedOn, DateOnly? supersededOn)
    {
        Kind = kind;
        Title = title;
        DocumentNumber = documentNumber;
        IssuedOn = issuedOn;
        RepealedOn = repealedOn;
        SupersededOn = supersededOn;
    }

    public NormativeDocumentKind Kind { get; }
    public string Title { get; }

    /// <summary>文号, e.g. 宁政规发〔2023〕1号.</summary>
    public string? DocumentNumber { get; }

    /// <summary>制发日期 (印发日期).</summary>
    public DateOnly IssuedOn { get; }

    /// <summary>废止日期: counted in 本年废止件数.</summary>
    public DateOnly? RepealedOn { get; }

    /// <summary>
    /// 修订失效日期: replaced by a revised version (itself an entry, counted as issued). Not a repeal, so 本年废止 does not count it —
    /// this is why R10 (现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y)) is only approximate.
    /// </summary>
    public DateOnly? SupersededOn { get; }

    /// <summary>The day it stopped being in force, if it did.</summary>
    public DateOnly? EndedOn => RepealedOn ?? SupersededOn;

    public bool InForceOn(DateOnly date) => IssuedOn <= date && !(EndedOn is { } end && end <= date);

    public static DomainResult<NormativeDocumentEntry> Create(
        NormativeDocumentKind kind, string title, string? documentNumber, DateOnly issuedOn, DateOnly? repealedOn = null, DateOnly? supersededOn = null)
    {
        var errors = new List<DomainError>();
        var name = (title ?? "").Trim();
        if (name.Length == 0) errors.Add(new RegisterTitleRequiredError());
        else if (name.Length > MaxTitleLength) errors.Add(new RegisterTitleTooLongError(name.Length));
        if (repealedOn is not null && supersededOn is not null) errors.Add(new RegisterEndedTwiceError());
        if ((repealedOn ?? supersededOn) is { } end && end < issuedOn) errors.Add(new RegisterEndBeforeIssueError(issuedOn, end));
        if (errors.Count > 0) return DomainResult<NormativeDocumentEntry>.Failure(errors);
        var number = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        return new NormativeDocumentEntry(kind, name, number, issuedOn, repealedOn, supersededOn);
    }
}

public sealed record RegisterTitleRequiredError() : DomainError("register-title-required", "请填写文件名称", "a register entry needs a title");

public sealed record RegisterTitleTooLongError(int Length) : DomainError("register-title-too-long",
    $"文件名称过长（{Length}字）", $"the title has {Length} characters");

public sealed record RegisterEndedTwiceError() : DomainError("register-ended-twice",
    "废止日期与修订失效日期只能填写一个", "a document is either repealed or superseded, not both");

public sealed record RegisterEndBeforeIssueError(DateOnly IssuedOn, DateOnly EndedOn) : DomainError("register-end-before-issue",
    $"失效日期{ChineseDates.Format(EndedOn)}早于制发日期{ChineseDates.Format(IssuedOn)}",
    $"the end date {ChineseDates.Iso(EndedOn)} is before the issue date {ChineseDates.Iso(IssuedOn)}");
