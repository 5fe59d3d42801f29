using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Gongkai.Documents.Reading.Text;

/// <summary>How the cells on one line are separated: spaces only (flattened text), tabs (copied tables), pipes (Markdown).</summary>
internal enum LineKind : byte
{
    Space,
    Tab,
    Pipe,
    /// <summary>The <c>| --- | --- |</c> row under a Markdown table's header: no content.</summary>
    PipeDelimiter,
}

/// <summary>
/// The input text twice: as written (line breaks unified to \n) and as a compact key — folded by
/// <see cref="TextNormaliser"/>, without whitespace and Markdown markup — in which labels split by spaces or line
/// breaks (<c>三、本 年度办 理结果</c>) are contiguous again. Both are built in one pass; index maps lead from one to the other.
/// </summary>
internal sealed class TextDocument : IDisposable
{
    // Rented: a report is read in a burst and its arrays go back to the pool when the reading ends.
    private int[] _lineStarts;
    private LineKind[] _lineKinds;
    private readonly int _lineCount;
    private int[] _compactToText;
    private char[] _compact;
    private readonly int _compactLength;

    public TextDocument(string text) : this(text, Scan(text))
    {
    }

    /// <param name="text">The text as read.</param>
    /// <param name="scan">What <see cref="Scan"/> found in <paramref name="text"/>.</param>
    public TextDocument(string text, TextScan scan)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        // Carriage returns are rare (the text was mostly decoded from files written on Unix or by a converter): with them
        // the line breaks are unified and counted again.
        Text = scan.CarriageReturns ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        var span = Text.AsSpan();
        int lineCount = _lineCount = (scan.CarriageReturns ? span.Count('\n') : scan.LineBreaks) + 1;
        var lineStarts = _lineStarts = ArrayPool<int>.Shared.Rent(lineCount);
        lineStarts[0] = 0;
        // Every line's kind is written by the pass (at its break, the last one after it).
        var kinds = _lineKinds = ArrayPool<LineKind>.Shared.Rent(lineCount);
        var compact = _compact = ArrayPool<char>.Shared.Rent(Text.Length + 1);
        var toText = _compactToText = ArrayPool<int>.Shared.Rent(Text.Length + 1);
        // Locals, not fields, in the one loop over every character: the JIT keeps them in registers.
        int n = 0, line = 1, i = 0;
        // The tabs and pipes of the current line so far: bit 0 for a pipe, bit 16 for a tab (as in the masks of a block).
        uint separators = 0;
        if (PackAscii)
        {
            // Sixteen characters at a time, every block the same way: which of them are whitespace or markup is decided for
            // the block at once, the kept ones are folded (the common folds on the whole block), each half packed to the
            // left with one byte shuffle and their positions with another. Table text alternates kept and dropped
            // characters, ASCII and ideographs, which a branch per character or per kind of block mispredicts.
            var units = MemoryMarshal.Cast<char, ushort>(span);
            var controls = PackControls;
            for (; i + WideBlockLength <= span.Length; i += WideBlockLength)
            {
                var block = Vector256.Create(units.Slice(i, WideBlockLength));
                uint dropAndBreaks = MaskPair(SpaceOrMarkup(block), Vector256.Equals(block, Vector256.Create((ushort)'\n')));
                uint keep = ~dropAndBreaks & WideBlockMask;
                uint blockSeparators = MaskPair(Vector256.Equals(block, Vector256.Create((ushort)'|')), Vector256.Equals(block, Vector256.Create((ushort)'\t')));
                for (uint breaks = dropAndBreaks >> WideBlockLength; breaks != 0; breaks &= breaks - 1)
                {
                    int p = BitOperations.TrailingZeroCount(breaks);
                    uint before = (1u << p) - 1;
                    before |= before << 16;
                    kinds[line - 1] = KindOf(separators | (blockSeparators & before));
                    separators = 0;
                    blockSeparators &= ~before;
                    lineStarts[line++] = i + p + 1;
                }
                separators |= blockSeparators;
                uint keepLow = keep & BlockMask;
                int nHigh = n + BitOperations.PopCount(keepLow);
                // vpshufb shuffles each 128-bit half by its own control: one instruction packs both halves.
                var control = Vector256.Create(controls[keepLow], controls[keep >> BlockLength]);
                var packed = Avx2.Shuffle(FoldCommon(block, out var commonLanes).AsByte(), control).AsUInt16();
                // The low half first: its store runs past its kept characters, where the high half's store begins.
                packed.GetLower().CopyTo(MemoryMarshal.Cast<char, ushort>(compact.AsSpan(n, BlockLength)));
                packed.GetUpper().CopyTo(MemoryMarshal.Cast<char, ushort>(compact.AsSpan(nHigh, BlockLength)));
                var positions = Avx2.Shuffle(HalfIndices, control).AsUInt16();
                (Avx2.ConvertToVector256Int32(positions.GetLower()) + Vector256.Create(i)).CopyTo(toText.AsSpan(n, BlockLength));
                (Avx2.ConvertToVector256Int32(positions.GetUpper()) + Vector256.Create(i + BlockLength)).CopyTo(toText.AsSpan(nHigh, BlockLength));
                // The other folds (traditional forms, other brackets, Kangxi radicals) are rare: found by the gather of
                // their bits, for blocks that hold characters beyond ASCII, and folded one by one.
                uint commonAndBeyondAscii = MaskPair(commonLanes, Vector256.GreaterThanOrEqual(block, Vector256.Create((ushort)0x80)));
                if (commonAndBeyondAscii > WideBlockMask)
                {
                    uint changes = FoldChanges(block.GetLower()) | FoldChanges(block.GetUpper()) << BlockLength;
                    for (changes &= keep & ~commonAndBeyondAscii; changes != 0; changes &= changes - 1)
                    {
                        int p = BitOperations.TrailingZeroCount(changes);
                        compact[n + BitOperations.PopCount(keep & ((1u << p) - 1))] = TextNormaliser.Fold(span[i + p]);
                    }
                }
                n += BitOperations.PopCount(keep);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            // Without the shuffles: which characters of a block of eight are whitespace or markup is still decided at once.
            var units = MemoryMarshal.Cast<char, ushort>(span);
            for (; i + BlockLength <= span.Length; i += BlockLength)
            {
                var block = Vector128.Create(units.Slice(i, BlockLength));
                uint skip = SpaceOrMarkup(block).ExtractMostSignificantBits();
                uint blockSeparators = Separators(block);
                for (uint breaks = Vector128.Equals(block, Vector128.Create((ushort)'\n')).ExtractMostSignificantBits(); breaks != 0; breaks &= breaks - 1)
                {
                    int p = BitOperations.TrailingZeroCount(breaks);
                    uint before = (1u << p) - 1;
                    before |= before << 16;
                    kinds[line - 1] = KindOf(separators | (blockSeparators & before));
                    separators = 0;
                    blockSeparators &= ~before;
                    lineStarts[line++] = i + p + 1;
                }
                separators |= blockSeparators;
                for (uint keep = ~skip & BlockMask; keep != 0; keep &= keep - 1)
                {
                    int at = i + BitOperations.TrailingZeroCount(keep);
                    compact[n] = TextNormaliser.Fold(span[at]);
                    toText[n] = at;
                    n++;
                }
            }
        }
        for (; i < span.Length; i++)
        {
            char c = span[i];
            if (TextNormaliser.IsSpaceOrMarkup(c))
            {
                if (c == '\n')
                {
                    kinds[line - 1] = KindOf(separators);
                    separators = 0;
                    lineStarts[line++] = i + 1;
                }
                else if (c == '|') separators |= 1;
                else if (c == '\t') separators |= 1u << 16;
                continue;
            }
            compact[n] = TextNormaliser.Fold(c);
            toText[n] = i;
            n++;
        }
        toText[n] = Text.Length;
        _compactLength = n;
        kinds[line - 1] = KindOf(separators);
        FindDelimiterRows();
    }

    /// <summary>The pipes (bits 0–7) and tabs (bits 16–23) of a block.</summary>
    private static uint Separators(Vector128<ushort> block) =>
        Vector128.Equals(block, Vector128.Create((ushort)'|')).ExtractMostSignificantBits()
        | Vector128.Equals(block, Vector128.Create((ushort)'\t')).ExtractMostSignificantBits() << 16;

    /// <summary>
    /// Two masks of a block of sixteen (lanes all ones or zero) as bits: <paramref name="low"/>'s in bits 0–15,
    /// <paramref name="high"/>'s in bits 16–31. One pack and one move mask for both, where each alone takes about as many.
    /// </summary>
    private static uint MaskPair(Vector256<ushort> low, Vector256<ushort> high)
    {
        // The signed pack keeps each lane's sign in a byte but interleaves the 128-bit halves (low 0–7, high 0–7 |
        // low 8–15, high 8–15); the permutation of quadwords puts them in order.
        var packed = Avx2.PackSignedSaturate(low.AsInt16(), high.AsInt16());
        return (uint)Avx2.MoveMask(Avx2.Permute4x64(packed.AsInt64(), 0b11_01_10_00).AsByte());
    }

    /// <summary>A line with a pipe is a Markdown row, else one with a tab a row of a copied table.</summary>
    private static LineKind KindOf(uint separators) =>
        (separators & 0xFFFF) != 0 ? LineKind.Pipe : separators != 0 ? LineKind.Tab : LineKind.Space;

    /// <summary>Characters per block of the vectorised pass (a <see cref="Vector128{T}"/> of UTF-16 units).</summary>
    private const int BlockLength = 8;

    private const uint BlockMask = (1u << BlockLength) - 1;

    /// <summary>Characters per block of the vectorised pass with AVX2 (a <see cref="Vector256{T}"/> of UTF-16 units).</summary>
    private const int WideBlockLength = 2 * BlockLength;

    private const uint WideBlockMask = (1u << WideBlockLength) - 1;

    /// <summary>The byte indices of the eight UTF-16 units of a 128-bit half, in both halves (what the pack controls select from).</summary>
    private static readonly Vector256<byte> HalfIndices = Vector256.Create(Vector128<ushort>.Indices, Vector128<ushort>.Indices).AsByte();

    /// <summary>
    /// Whether blocks are copied and packed with vector instructions and the characters the fold changes found by a gather
    /// (<see cref="FoldChanges"/>): the instructions are there and the fold leaves every ASCII character as it is (it maps
    /// full-width and other forms onto ASCII, never ASCII onto anything), so a block of ASCII needs no gather.
    /// </summary>
    private static readonly bool PackAscii = Ssse3.IsSupported && Avx2.IsSupported
        && Enumerable.Range(0, 0x80).All(c => TextNormaliser.Fold((char)c) == c);

    /// <summary>
    /// The folds of a block that are arithmetic — full-width forms U+FF01–U+FF5E onto ASCII, 、 to ',', 。 to '.',
    /// “ ” to '"' — which are most of the folds in Chinese prose and tables (their commas, stops, brackets, colons);
    /// <paramref name="common"/> has lane k all ones for each character folded so. A test holds it equal to
    /// <see cref="TextNormaliser.Fold(char)"/> on every character it folds.
    /// </summary>
    internal static Vector256<ushort> FoldCommon(Vector256<ushort> block, out Vector256<ushort> common)
    {
        var fullWidth = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0xFF01), Vector256.Create((ushort)(0xFF5E - 0xFF01)));
        var comma = Vector256.Equals(block, Vector256.Create((ushort)'、'));
        var stop = Vector256.Equals(block, Vector256.Create((ushort)'。'));
        var quote = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'“'), Vector256.Create((ushort)('”' - '“')));
        var folded = block - (fullWidth & Vector256.Create((ushort)0xFEE0));
        folded = Vector256.ConditionalSelect(comma, Vector256.Create((ushort)','), folded);
        folded = Vector256.ConditionalSelect(stop, Vector256.Create((ushort)'.'), folded);
        folded = Vector256.ConditionalSelect(quote, Vector256.Create((ushort)'"'), folded);
        common = fullWidth | comma | stop | quote;
        return folded;
    }

    /// <summary>
    /// Which characters of a block the fold changes (bit k for the k-th): the bit of each character in
    /// <see cref="TextNormaliser.ChangeBits"/>, gathered for all eight at once (AVX2) and shifted into each lane's sign bit.
    /// </summary>
    private static unsafe uint FoldChanges(Vector128<ushort> block)
    {
        var wide = Avx2.ConvertToVector256Int32(block).AsUInt32();
        fixed (ulong* bits = TextNormaliser.ChangeBits)
        {
            var words = Avx2.GatherVector256((uint*)bits, Avx2.ShiftRightLogical(wide, 5).AsInt32(), 4);
            var atSign = Avx2.ShiftLeftLogicalVariable(words, ~wide & Vector256.Create(31u));
            return (uint)Avx.MoveMask(atSign.AsSingle());
        }
    }

    /// <summary>
    /// Per mask of kept characters of a block, the byte shuffle that moves the kept UTF-16 units to the front in order
    /// (the rest of the vector zeroed).
    /// </summary>
    private static readonly Vector128<byte>[] PackControls = BuildPackControls();

    private static Vector128<byte>[] BuildPackControls()
    {
        var controls = new Vector128<byte>[1 << BlockLength];
        Span<byte> bytes = stackalloc byte[2 * BlockLength];
        for (int mask = 0; mask < controls.Length; mask++)
        {
            bytes.Fill(0x80);
            int j = 0;
            for (int p = 0; p < BlockLength; p++)
            {
                if ((mask & (1 << p)) == 0) continue;
                bytes[2 * j] = (byte)(2 * p);
                bytes[2 * j + 1] = (byte)(2 * p + 1);
                j++;
            }
            controls[mask] = Vector128.Create<byte>(bytes);
        }
        return controls;
    }

    /// <summary>
    /// Per character of a block, whether it is whitespace or markup — the same characters as
    /// <see cref="TextNormaliser.IsSpaceOrMarkup"/>: \t \n \v \f \r, space, <c>| * # ` &gt;</c>, U+00A0, U+2000–U+200D,
    /// U+2028, U+2029, U+3000 and U+FEFF.
    /// </summary>
    private static Vector128<ushort> SpaceOrMarkup(Vector128<ushort> block) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')))
        | Vector128.Equals(block, Vector128.Create((ushort)' '))
        | Vector128.Equals(block, Vector128.Create((ushort)'|'))
        | Vector128.Equals(block, Vector128.Create((ushort)'*'))
        | Vector128.Equals(block, Vector128.Create((ushort)'#'))
        | Vector128.Equals(block, Vector128.Create((ushort)'`'))
        | Vector128.Equals(block, Vector128.Create((ushort)'>'))
        | Vector128.Equals(block, Vector128.Create((ushort)0x00A0))
        | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)0x0D))
        | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0x2028), Vector128.Create((ushort)0x01))
        | Vector128.Equals(block, Vector128.Create((ushort)0x3000))
        | Vector128.Equals(block, Vector128.Create((ushort)0xFEFF));

    /// <inheritdoc cref="SpaceOrMarkup(Vector128{ushort})"/>
    private static Vector256<ushort> SpaceOrMarkup(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')))
        | Vector256.Equals(block, Vector256.Create((ushort)' '))
        | Vector256.Equals(block, Vector256.Create((ushort)'|'))
        | Vector256.Equals(block, Vector256.Create((ushort)'*'))
        | Vector256.Equals(block, Vector256.Create((ushort)'#'))
        | Vector256.Equals(block, Vector256.Create((ushort)'`'))
        | Vector256.Equals(block, Vector256.Create((ushort)'>'))
        | Vector256.Equals(block, Vector256.Create((ushort)0x00A0))
        | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x0D))
        | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x2028), Vector256.Create((ushort)0x01))
        | Vector256.Equals(block, Vector256.Create((ushort)0x3000))
        | Vector256.Equals(block, Vector256.Create((ushort)0xFEFF));

    public void Dispose()
    {
        if (_compactToText.Length == 0) return;
        ArrayPool<int>.Shared.Return(_compactToText);
        ArrayPool<char>.Shared.Return(_compact);
        ArrayPool<int>.Shared.Return(_lineStarts);
        ArrayPool<LineKind>.Shared.Return(_lineKinds);
        _compactToText = [];
        _compact = [];
        _lineStarts = [];
        _lineKinds = [];
    }

    /// <summary>How the cells of a line are separated.</summary>
    public LineKind KindOf(int line) => _lineKinds[line - 1];

    /// <summary>The text as written, with \r\n and \r turned into \n.</summary>
    public string Text { get; }

    /// <summary>The folded text without whitespace and markup.</summary>
    public ReadOnlySpan<char> Compact => _compact.AsSpan(0, _compactLength);

    public int CompactLength => _compactLength;

    public int LineCount => _lineCount;

    /// <summary>Index in <see cref="Text"/> of the compact character at <paramref name="compactIndex"/> (text length at the end).</summary>
    public int ToText(int compactIndex) => _compactToText[compactIndex];

    /// <summary>Index in <see cref="Text"/> just after the compact character before <paramref name="compactEnd"/>.</summary>
    public int ToTextEnd(int compactEnd) => compactEnd == 0 ? 0 : _compactToText[compactEnd - 1] + 1;

    /// <summary>Index in <see cref="Compact"/> of the first compact character at or after text index <paramref name="textIndex"/>.</summary>
    public int ToCompact(int textIndex) => FirstAtOrAfter(_compactToText.AsSpan(0, _compactLength + 1), Math.Clamp(textIndex, 0, Text.Length));

    /// <summary>The folded text of [start, end), whitespace kept.</summary>
    public string Folded(int start, int end) => TextNormaliser.Fold(Text.AsSpan(start, end - start));

    /// <summary>The matching key of [start, end).</summary>
    public string Key(int start, int end) => TextNormaliser.Key(Text.AsSpan(start, end - start));

    /// <summary>1-based line number of a text index.</summary>
    public int LineOf(int textIndex)
    {
        // The line is the number of line starts at or before the index (the first line starts at 0).
        var starts = _lineStarts.AsSpan(0, _lineCount);
        int i = FirstAtOrAfter(starts, textIndex);
        return i < starts.Length && starts[i] == textIndex ? i + 1 : i;
    }

    /// <summary>Index of the first value ≥ <paramref name="value"/> in an ascending span (its length when there is none).</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<int> ascending, int value)
    {
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public int LineStart(int line) => _lineStarts[line - 1];

    public int LineEnd(int line) => line < _lineCount ? _lineStarts[line] - 1 : Text.Length;

    /// <summary>First occurrence of <paramref name="key"/> in the compact text within [from, to), or -1.</summary>
    public int Find(string key, int from, int to)
    {
        if (key.Length == 0 || from < 0 || to - from < key.Length) return -1;
        // The span overload goes straight to the ordinal search (the one with a StringComparison first dispatches on it).
        int at = Compact[from..to].IndexOf(key.AsSpan());
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// A GitHub table's delimiter row is its second line: only pipes, colons and hyphens. Checking the position keeps a
    /// data row of dashes ("| - | - |") from being taken for one.
    /// </summary>
    private void FindDelimiterRows()
    {
        var kinds = _lineKinds;
        for (int l = 2; l <= _lineCount; l++)
        {
            if (kinds[l - 1] != LineKind.Pipe || kinds[l - 2] != LineKind.Pipe || (l >= 3 && kinds[l - 3] is LineKind.Pipe or LineKind.PipeDelimiter))
                continue;
            if (IsDelimiterRow(Text.AsSpan(LineStart(l), LineEnd(l) - LineStart(l)))) kinds[l - 1] = LineKind.PipeDelimiter;
        }
    }

    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        bool hyphen = false;
        foreach (char c in line)
        {
            if (c == '-') hyphen = true;
            else if (c is not ('|' or ':' or ' ' or '\t')) return false;
        }
        return hyphen;
    }

    /// <summary>
    /// The whole-text facts a read needs before it builds the document, found in one pass (sixteen characters at a time)
    /// instead of a search each: the line breaks, whether there is any carriage return, and whether there is any control
    /// character (<see cref="IsControl"/>) — without one the text cannot look binary, and the exact count is not needed.
    /// </summary>
    public static TextScan Scan(ReadOnlySpan<char> text)
    {
        int breaks = 0, i = 0;
        bool returns = false, controls = false;
        if (Vector256.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            var returnLanes = Vector256<ushort>.Zero;
            var controlLanes = Vector256<ushort>.Zero;
            while (i + ScanLength <= units.Length)
            {
                // Line breaks are counted per lane (an equal lane is all ones: subtracting it adds one), without a mask per
                // block; the lanes are summed before one could overflow.
                var breakLanes = Vector256<ushort>.Zero;
                int stop = i + Math.Min((units.Length - i) / ScanLength, ushort.MaxValue) * ScanLength;
                for (; i < stop; i += ScanLength)
                {
                    var block = Vector256.Create(units.Slice(i, ScanLength));
                    breakLanes -= Vector256.Equals(block, Vector256.Create((ushort)'\n'));
                    returnLanes |= Vector256.Equals(block, Vector256.Create((ushort)'\r'));
                    // C0 controls but \t \n \f \r (\t–\n and \f–\r are two ranges), DEL and C1 (one range), U+FFFD.
                    controlLanes |= (Vector256.LessThan(block, Vector256.Create((ushort)0x20))
                            & ~(Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)1))
                                | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'\f'), Vector256.Create((ushort)1))))
                        | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x7F), Vector256.Create((ushort)0x20))
                        | Vector256.Equals(block, Vector256.Create((ushort)0xFFFD));
                }
                var (low, high) = Vector256.Widen(breakLanes);
                breaks += (int)Vector256.Sum(low + high);
            }
            returns = returnLanes != Vector256<ushort>.Zero;
            controls = controlLanes != Vector256<ushort>.Zero;
        }
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') breaks++;
            else if (c == '\r') returns = true;
            else if (IsControl(c)) controls = true;
        }
        return new TextScan(breaks, returns, controls);
    }

    private const int ScanLength = 16;

    /// <summary>C0 controls other than tab and line breaks, DEL, C1 controls and the replacement character of a failed decode.</summary>
    public static bool IsControl(char c) => c < 0x20 ? c is not ('\t' or '\n' or '\r' or '\f') : c - 0x7Fu <= 0x20 || c == '\uFFFD';
}

/// <summary>What <see cref="TextDocument.Scan"/> found in a text.</summary>
/// <param name="LineBreaks">The number of \n.</param>
/// <param name="CarriageReturns">Whether any \r is there.</param>
/// <param name="Controls">Whether any character of <see cref="TextDocument.IsControl"/> is there.</param>
internal readonly record struct TextScan(int LineBreaks, bool CarriageReturns, bool Controls);
