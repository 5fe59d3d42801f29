using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading;

/// <summary>What a reader could not take from the file.</summary>
public enum ReadProblemKind
{
    /// <summary>A section, row, column, label or cell of the format was not found.</summary>
    Missing,
    /// <summary>Something was found but could not be understood (e.g. a cell holding text that is no number).</summary>
    Unreadable,
    /// <summary>Several readings fit equally well (e.g. a digit run that splits more than one way).</summary>
    Ambiguous,
}

/// <summary>One thing the reader could not read, with where it was (or should have been) in the file.</summary>
/// <param name="Part">The layout part: a cell id (t3.r1.c1), a row id (t3.r3.4), a section (S5) or a table (t3).</param>
/// <param name="Line">1-based line in the input where the problem was seen, when known.</param>
public sealed record ReadProblem(ReadProblemKind Kind, string Part, int? Line, string MessageZh, string MessageEn);

/// <summary>
/// The result of reading a published report: the model (null when nothing report-like was recognised)
/// and everything that could not be read. A cell not found is absent from the model and listed here, never zero.
/// </summary>
public sealed record ReportReading(AnnualReport? Report, IReadOnlyList<ReadProblem> Problems, string ReaderVersion, string? NotRecognisedReason = null)
{
    public bool Recognised => Report is not null;
}
