namespace Gongkai.Core.Reporting.ProseCopy;

/// <summary>
/// Thresholds of the copied-prose rules (C1, C2). Gongkai's own choices, not from any notice: a supervising office may tune them.
/// </summary>
public sealed record ProseCopyOptions
{
    public static ProseCopyOptions Default { get; } = new();

    /// <summary>Characters per shingle after normalisation. Eight Han characters are about two or three words: long enough that two
    /// independently written reports rarely share one by chance, short enough that a changed word breaks only a few.</summary>
    public int ShingleLength { get; init; } = 8;

    /// <summary>Share of a section's shingles found in the source (containment) from which the section counts as copied.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Sections with fewer shingles than this (about 65 characters) are not compared: a one-sentence 六 such as the stock
    /// statement that no 信息处理费 was collected (国办函〔2020〕109号) is the same every year without being copied.</summary>
    public int MinimumShingles { get; init; } = 60;

    /// <summary>Copied passages shorter than this many normalised characters are not quoted.</summary>
    public int MinimumPassageLength { get; init; } = 20;

    /// <summary>How many passages a finding quotes (the longest ones).</summary>
    public int MaxPassages { get; init; } = 3;

    /// <summary>Longest quote of one passage, in characters of the original text.</summary>
    public int MaxPassageChars { get; init; } = 160;
}
