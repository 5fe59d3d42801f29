using System.Globalization;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

internal enum CellItemKind : byte
{
    /// <summary>A number, a dash or 不适用/无.</summary>
    Value,
    /// <summary>An empty field between two separators (tab or pipe): a blank cell.</summary>
    Empty,
    /// <summary>Anything else: labels, label fragments, prose, a cell holding words.</summary>
    Text,
}

/// <summary>
/// One field or token of a table's text, with its place in the input. Holds no reference (the text of a dash or 不适用 and
/// the digits of a possible digit run are taken from the document when needed), so the item buffer needs no write barriers
/// and no clearing. Holds no decimal either: a plain count is kept as a long, and the few other numbers (fees with
/// decimals, numbers with thousands separators) are parsed again from the text when they are placed, so an item is 24 bytes
/// (48 with the decimal).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct CellItem
{
    /// <param name="kind">What the field is.</param>
    /// <param name="valueKind">For a <see cref="CellItemKind.Value"/>: a number, a dash or 不适用.</param>
    /// <param name="start">Where the field starts in the text (whitespace around it trimmed).</param>
    /// <param name="end">Where the field ends in the text.</param>
    /// <param name="line">The field's 1-based line.</param>
    /// <param name="separated">From a tab- or pipe-separated line, where one field is one cell.</param>
    /// <param name="atLineEdge">An empty field made by a tab at the start or end of a line: often an artefact of the copy.</param>
    /// <param name="whole">The count of a field of digits only, else -1: such a cell is placed by
    /// <see cref="AnnualReport.SetWhole"/> without making its <see cref="CellValue"/>.</param>
    public CellItem(CellItemKind kind, CellKind valueKind, int start, int end, int line, bool separated, bool atLineEdge = false, long whole = -1)
    {
        Kind = kind;
        _valueKind = (byte)valueKind;
        Start = start;
        End = end;
        Line = line;
        Separated = separated;
        AtLineEdge = atLineEdge;
        Whole = whole;
    }

    private readonly byte _valueKind;

    public CellItemKind Kind { get; }
    public CellKind ValueKind => (CellKind)_valueKind;
    public int Start { get; }
    public int End { get; }
    public int Line { get; }
    public bool Separated { get; }
    public bool AtLineEdge { get; }
    public long Whole { get; }

    public bool IsNumber => Kind == CellItemKind.Value && ValueKind == CellKind.Number;

    /// <summary>
    /// A number of flattened text written in digits only (half- or full-width), no sign or point: a run that may hold
    /// several cells (<c>15130000154</c>).
    /// </summary>
    public bool IsDigitRun(string text)
    {
        if (Separated || !IsNumber || End <= Start) return false;
        foreach (char c in text.AsSpan(Start, End - Start))
            if (!char.IsAsciiDigit(TextNormaliser.Fold(c))) return false;
        return true;
    }

    /// <summary>The folded digits of a <see cref="IsDigitRun"/> item.</summary>
    public string Digits(string text) => TextNormaliser.Fold(text.AsSpan(Start, End - Start));

    /// <summary>The value of a <see cref="CellItemKind.Value"/> item; a dash or 不适用 keeps its text as written.</summary>
    public CellValue Value(string text) => ValueKind switch
    {
        CellKind.Number => CellValue.Of(Whole >= 0 ? Whole : CellTokenizer.NumberOf(text.AsSpan(Start, End - Start))),
        CellKind.Dash => CellValue.DashOf(text.AsSpan(Start, End - Start).Trim().ToString()),
        _ => CellValue.NotApplicableOf(text.AsSpan(Start, End - Start).Trim().ToString()),
    };
}

/// <summary>
/// Splits a stretch of table text into fields. Tab- and pipe-separated lines keep empty fields (blank cells);
/// lines of a flattened table are split at whitespace and between digits and words, so
/// <c>8.属于行政查询事项2000002（四）无法提供</c> gives the number run and the words apart.
/// </summary>
internal static class CellTokenizer
{
    /// <summary>Words written instead of a number (CellKind.NotApplicable).</summary>
    private static readonly string[] NotApplicableWords = ["不适用", "无"];

    public static List<CellItem> Tokenize(TextDocument doc, int start, int end) => Tokenize(doc, start, end, new List<CellItem>(16));

    /// <summary>Tokenizes into <paramref name="items"/>, which is cleared first (one buffer serves a whole table).</summary>
    public static List<CellItem> Tokenize(TextDocument doc, int start, int end, List<CellItem> items) =>
        end <= start ? Clear(items) : Tokenize(doc, start, end, doc.LineOf(start), items);

    private static List<CellItem> Clear(List<CellItem> items)
    {
        items.Clear();
        return items;
    }

    /// <summary>
    /// Tokenizes into <paramref name="items"/> (cleared first) when the caller knows the line <paramref name="start"/> is on
    /// (<see cref="TextDocument.LineOf"/>): the readers ask for it anyway, and the binary search was paid twice per row.
    /// </summary>
    public static List<CellItem> Tokenize(TextDocument doc, int start, int end, int line, List<CellItem> items)
    {
        items.Clear();
        if (end <= start) return items;
        int pos = start;
        while (pos < end && line <= doc.LineCount)
        {
            int lineStart = doc.LineStart(line), lineEnd = doc.LineEnd(line);
            int segEnd = Math.Min(lineEnd, end);
            switch (doc.KindOf(line))
            {
                case LineKind.PipeDelimiter:
                    break;
                case LineKind.Space:
                    SplitWords(doc.Text, pos, segEnd, line, items);
                    break;
                default:
                    SplitFields(doc, pos, segEnd, line, doc.KindOf(line), atLabelEnd: pos == start && pos != lineStart,
                        beforeLabel: segEnd == end && end != lineEnd, lineStart, lineEnd, items);
                    break;
            }
            pos = lineEnd + 1;
            line++;
        }
        return items;
    }

    private static void SplitFields(TextDocument doc, int from, int to, int lineNumber, LineKind kind, bool atLabelEnd, bool beforeLabel,
        int lineStart, int lineEnd, List<CellItem> items)
    {
        char sep = kind == LineKind.Tab ? '\t' : '|';
        var text = doc.Text;
        // An empty first or last field is a cell only when a separator bounds it (a tab at the line's edge counts, a
        // pipe does not) and no label stands in it (just after or just before the label).
        var ends = (kind == LineKind.Tab && from == lineStart && !atLabelEnd ? StretchEnds.LeftCell : 0)
                   | (from == lineStart ? StretchEnds.LeftEdge : 0)
                   | (kind == LineKind.Tab && to == lineEnd && !beforeLabel ? StretchEnds.RightCell : 0)
                   | (to == lineEnd ? StretchEnds.RightEdge : 0);
        if (UseMasks)
        {
            // (With the masks only: the field-by-field path is what tests compare the fast paths with.)
            if (kind == LineKind.Pipe && to - from <= 2 && IsBarePipeStretch(text, from, to)) return;
            // A stretch longer than the masks take (a header of many columns) is taken in pieces that end at a separator.
            while (to - from > MaskedLength && from + MaskedReach <= text.Length)
            {
                int piece = text.AsSpan(from, MaskedLength + 1).LastIndexOf(sep);
                if (piece < 0) break;
                SplitMaskedFields(text, from, from + piece, lineNumber, sep, (ends & StretchEnds.Left) | StretchEnds.RightCell, items);
                from += piece + 1;
                ends = (ends & StretchEnds.Right) | StretchEnds.LeftCell;
            }
            if (to - from <= MaskedLength && from + MaskedReach <= text.Length)
            {
                SplitMaskedFields(text, from, to, lineNumber, sep, ends, items);
                return;
            }
        }
        int fieldStart = from;
        bool first = true;
        // The separators are found eight characters at a time and taken from the block's mask one by one: fields are a
        // few characters wide, and a search per field paid a call and its setup for each of them.
        var line = text.AsSpan(0, to);
        int blockAt = from;
        uint separators = SeparatorMask(line, blockAt, sep);
        while (true)
        {
            while (separators == 0 && (blockAt += SeparatorBlock) < to) separators = SeparatorMask(line, blockAt, sep);
            int i = to;
            if (separators != 0)
            {
                i = blockAt + BitOperations.TrailingZeroCount(separators);
                separators &= separators - 1;
            }
            bool isLast = i == to;
            AddField(text, fieldStart, i, lineNumber, EmptyIsCell(first, isLast, ends), IsAtEdge(first, isLast, ends), items);
            if (isLast) return;
            fieldStart = i + 1;
            first = false;
        }
    }

    /// <summary>
    /// Whether a stretch of a pipe line holds only spaces and at most one pipe — the start of the next row's line before
    /// its label (<c>| </c>), in most rows' areas. Its fields are then the first and the last, which on a pipe line are
    /// no cells when empty: the stretch gives nothing, and is not worth a masked pass.
    /// </summary>
    private static bool IsBarePipeStretch(string text, int from, int to)
    {
        int pipes = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '|') pipes++;
            else if (!TextNormaliser.IsSpace(text[i])) return false;
        }
        return pipes <= 1;
    }

    /// <summary>What bounds the first and the last field of a stretch of a line.</summary>
    [Flags]
    private enum StretchEnds : byte
    {
        /// <summary>An empty first field is a cell: a separator is left of it and no label stands in it.</summary>
        LeftCell = 1,
        /// <summary>The first field starts the line.</summary>
        LeftEdge = 2,
        /// <summary>An empty last field is a cell: a separator is right of it and no label stands in it.</summary>
        RightCell = 4,
        /// <summary>The last field ends the line.</summary>
        RightEdge = 8,
        Left = LeftCell | LeftEdge,
        Right = RightCell | RightEdge,
    }

    /// <summary>Whether an empty field is a blank cell: a field between two separators always is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EmptyIsCell(bool first, bool isLast, StretchEnds ends) =>
        (!first || (ends & StretchEnds.LeftCell) != 0) && (!isLast || (ends & StretchEnds.RightCell) != 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAtEdge(bool first, bool isLast, StretchEnds ends) =>
        (first && (ends & StretchEnds.LeftEdge) != 0) || (isLast && (ends & StretchEnds.RightEdge) != 0);

    private const int SeparatorBlock = 8;

    /// <summary>Whether <see cref="SplitMaskedFields"/> may run: the hardware has the vector and bit instructions it uses.
    /// Tests turn it off to compare it with the field-by-field path.</summary>
    internal static bool UseMasks = Vector256.IsHardwareAccelerated && Bmi2.X64.IsSupported && Lzcnt.X64.IsSupported;

    /// <summary>The longest stretch of a line <see cref="SplitMaskedFields"/> takes: one bit per character in a ulong, and
    /// one more for the stretch's end.</summary>
    private const int MaskedLength = 63;

    /// <summary>How many characters from a stretch's start <see cref="SplitMaskedFields"/> reads: four whole blocks.</summary>
    private const int MaskedReach = 64;

    /// <summary>
    /// <see cref="SplitFields"/> for a stretch of at most 64 characters (a row of a Markdown or tab-separated table after its
    /// label): which characters are separators, spaces or ASCII digits is found for the whole stretch, sixteen characters per
    /// vector compare, and every field is then trimmed, tested and read from those masks without a loop per character — the
    /// loops' exits, a branch per field that varies with the width of the numbers, cost more than the work. The items are
    /// written straight into the list's array, room for every field made first: a <c>List.Add</c> per field stored and
    /// reloaded the list's count and version each time. Only blanks and plain counts are decided here, with few values live
    /// (more were spilled to the stack and reloaded per field); every other field goes to <see cref="AddUncommonField"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SplitMaskedFields(string text, int from, int to, int lineNumber, char sep, StretchEnds ends, List<CellItem> items)
    {
        int length = to - from;
        var separator = Vector256.Create((ushort)sep);
        ulong separators = 0, spaces = 0, digits = 0;
        // The caller checked that 64 characters from `from` are in the text.
        ref ushort units = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), from));
        for (int b = 0; b < length; b += MaskBlock)
        {
            var block = Vector256.LoadUnsafe(ref units, (nuint)b);
            separators |= (ulong)Vector256.Equals(block, separator).ExtractMostSignificantBits() << b;
            spaces |= (ulong)(Vector256.Equals(block, Vector256.Create((ushort)' '))
                              | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t'))))
                          .ExtractMostSignificantBits() << b;
            digits |= (ulong)Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)).ExtractMostSignificantBits() << b;
        }
        // The stretch's end ends its last field as a separator would (a stretch is at most 63 characters): the field loop
        // then keeps no length and no flag for the last field.
        separators = (separators & Below(length)) | (1UL << length);

        // A stretch of n characters has at most n + 1 fields. `next` is where the next item goes: one value for the
        // position, as few values as possible live in the loop (the ones the registers did not hold were stored and
        // reloaded on every field).
        int written = items.Count;
        CollectionsMarshal.SetCount(items, written + MaskedLength + 1);
        ref CellItem next = ref Unsafe.Add(ref MemoryMarshal.GetReference(CollectionsMarshal.AsSpan(items)), written);
        int fieldStart = 0;
        while (true)
        {
            int fieldEnd = BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            ulong content = Below(fieldEnd) & ~Below(fieldStart) & ~spaces;
            if (content == 0)
            {
                // AddField's trim leaves an empty field at its end.
                bool first = fieldStart == 0, isLast = separators == 0;
                if (EmptyIsCell(first, isLast, ends))
                {
                    next = new CellItem(CellItemKind.Empty, CellKind.Blank, from + fieldEnd, from + fieldEnd, lineNumber, true, IsAtEdge(first, isLast, ends));
                    next = ref Unsafe.Add(ref next, 1);
                }
            }
            else
            {
                int start = BitOperations.TrailingZeroCount(content), end = 64 - BitOperations.LeadingZeroCount(content);
                // A character that is no ASCII digit, a space among the digits included, makes the field no count; so does
                // one that is no ASCII at all, as AddField trims more than ASCII whitespace.
                if ((Below(end) & ~Below(start) & ~digits) == 0 && end - start <= MaxCountDigits)
                {
                    long count = end - start <= 4 ? FourDigits(text, from + end, end - start) : AsciiDigits(text.AsSpan(from + start, end - start));
                    next = new CellItem(CellItemKind.Value, CellKind.Number, from + start, from + end, lineNumber, true, whole: count);
                    next = ref Unsafe.Add(ref next, 1);
                }
                else
                {
                    bool first = fieldStart == 0, isLast = separators == 0;
                    written = AddUncommonField(items, WrittenUpTo(items, ref next), text, from + fieldStart, from + fieldEnd, from + start, from + end,
                        lineNumber, EmptyIsCell(first, isLast, ends), IsAtEdge(first, isLast, ends));
                    next = ref Unsafe.Add(ref MemoryMarshal.GetReference(CollectionsMarshal.AsSpan(items)), written);
                }
            }
            if (separators == 0) break;
            fieldStart = fieldEnd + 1;
        }
        CollectionsMarshal.SetCount(items, WrittenUpTo(items, ref next));
    }

    /// <summary>How many items of the list's array lie before <paramref name="next"/>, a place in that array.</summary>
    private static int WrittenUpTo(List<CellItem> items, ref CellItem next) =>
        (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(CollectionsMarshal.AsSpan(items)), ref next) / Unsafe.SizeOf<CellItem>());

    /// <summary>
    /// A field of a masked stretch that is no blank and no plain count of ASCII digits, [<paramref name="fieldStart"/>,
    /// <paramref name="fieldEnd"/>), its ASCII whitespace trimmed to [<paramref name="start"/>, <paramref name="end"/>):
    /// written at <paramref name="written"/> (the list has room) when it is text for certain — else through
    /// <see cref="AddField"/>, the list given its true count for it and room made again after. Returns the new count.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AddUncommonField(List<CellItem> items, int written, string text, int fieldStart, int fieldEnd, int start, int end, int line,
        bool emptyIsCell, bool edge)
    {
        var trimmed = text.AsSpan(start, end - start);
        bool ascii = !trimmed.ContainsAnyExceptInRange('\0', '\u007F');
        // An ASCII field ending in a point is no number (a point must have digits after it), and the last of its words
        // splits into a text run, so AddOtherField keeps it whole as text: the number of the next row's label (`2.` before
        // 其他法律行政法规禁止公开) ends most rows' stretches. A field of words: no digit, and an ideograph at one end.
        if (ascii ? trimmed[^1] == '.' : !HasDigit(trimmed) && IsWordField(text, start, end))
        {
            CollectionsMarshal.AsSpan(items)[written] = new CellItem(CellItemKind.Text, default, start, end, line, true);
            return written + 1;
        }
        CollectionsMarshal.SetCount(items, written);
        AddField(text, fieldStart, fieldEnd, line, emptyIsCell, edge, items);
        written = items.Count;
        CollectionsMarshal.SetCount(items, written + MaskedLength + 1);
        return written;
    }

    /// <summary>
    /// Whether a trimmed field that holds no digit is words for certain (<see cref="AddField"/> makes it a text item): an
    /// ideograph at one end and no space <see cref="AddField"/> would still trim at the other.
    /// </summary>
    private static bool IsWordField(string text, int start, int end)
    {
        char a = text[start], z = text[end - 1];
        return (IsWordCharacter(a) && !TextNormaliser.IsSpace(z)) || (IsWordCharacter(z) && !TextNormaliser.IsSpace(a));
    }

    /// <summary>
    /// An ideograph whose fold is an ideograph other than those of 不适用 and 无: no dash, digit, space or markup, so a field
    /// holding it is neither a dash, a number nor 不适用 (<see cref="Classify"/>).
    /// </summary>
    private static bool IsWordCharacter(char c) =>
        IsIdeograph(c) && TextNormaliser.Fold(c) is var folded && IsIdeograph(folded) && folded is not ('不' or '适' or '用' or '无');

    /// <summary>CJK Unified Ideographs, U+4E00–U+9FFF.</summary>
    private static bool IsIdeograph(char c) => (uint)(c - '\u4E00') <= '\u9FFF' - '\u4E00';

    /// <summary>Characters per vector in <see cref="SplitMaskedFields"/>.</summary>
    private const int MaskBlock = 16;

    /// <summary>The most digits <see cref="TryDigits"/> reads as a count.</summary>
    private const int MaxCountDigits = 18;

    /// <summary>The bits below <paramref name="n"/> (0 ≤ n ≤ 64).</summary>
    private static ulong Below(int n) => Bmi2.X64.ZeroHighBits(ulong.MaxValue, (ulong)n);

    /// <summary>
    /// The value of the 1–4 ASCII digits just before <paramref name="end"/>: the four characters before it read as one
    /// ulong, those before the digits masked off, and the digits combined in pairs — no loop whose exit depends on the width.
    /// Reads before the digits, so <paramref name="end"/> ≥ 4 is required; the text before the first row of a table is longer.
    /// </summary>
    private static long FourDigits(string text, int end, int count)
    {
        if (end < 4) return AsciiDigits(text.AsSpan(end - count, count));
        ulong chars = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), end - 4)));
        // The first character is in the low 16 bits (little-endian); the digits are the last `count` of the four.
        ulong keep = ulong.MaxValue << (16 * (4 - count));
        ulong values = (chars & keep) - (0x0030_0030_0030_0030UL & keep);
        ulong pairs = (values & 0x0000_FFFF_0000_FFFFUL) * 10 + ((values >> 16) & 0x0000_FFFF_0000_FFFFUL);
        return (long)((pairs & 0xFFFF_FFFFUL) * 100 + (pairs >> 32));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long AsciiDigits(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (char c in digits) value = value * 10 + (c - '0');
        return value;
    }

    /// <summary>Bit k set when <paramref name="line"/>[at + k] is <paramref name="sep"/>, for the (up to) eight characters from <paramref name="at"/>.</summary>
    private static uint SeparatorMask(ReadOnlySpan<char> line, int at, char sep)
    {
        if (Vector128.IsHardwareAccelerated && at + SeparatorBlock <= line.Length)
        {
            var block = Vector128.Create(MemoryMarshal.Cast<char, ushort>(line.Slice(at, SeparatorBlock)));
            return Vector128.Equals(block, Vector128.Create((ushort)sep)).ExtractMostSignificantBits();
        }
        uint mask = 0;
        for (int k = 0; k < SeparatorBlock && at + k < line.Length; k++)
            if (line[at + k] == sep) mask |= 1u << k;
        return mask;
    }

    private static void AddField(string text, int start, int end, int line, bool emptyIsCell, bool edge, List<CellItem> items)
    {
        while (start < end && TextNormaliser.IsSpace(text[start])) start++;
        while (end > start && TextNormaliser.IsSpace(text[end - 1])) end--;
        if (start == end)
        {
            if (emptyIsCell) AddBlank(start, line, edge, items);
            return;
        }
        // Most fields are plain counts: read them without making strings.
        if (TryDigits(text.AsSpan(start, end - start), out long count))
        {
            items.Add(new CellItem(CellItemKind.Value, CellKind.Number, start, end, line, true, whole: count));
            return;
        }
        AddOtherField(text, start, end, line, items);
    }

    /// <summary>An empty field between two separators: a blank cell (its own method for the reason given at <see cref="AddOtherField"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddBlank(int at, int line, bool edge, List<CellItem> items) =>
        items.Add(new CellItem(CellItemKind.Empty, CellKind.Blank, at, at, line, true, edge));

    /// <summary>
    /// A field that is no plain count: a dash, 不适用, a decimal, words, or numbers merged by the copy. Kept out of
    /// <see cref="AddField"/> so that the common case does not pay for this path's temporaries (the JIT zeroes all of a
    /// method's struct temporaries on every call).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtherField(string text, int start, int end, int line, List<CellItem> items)
    {
        var field = text.AsSpan(start, end - start);
        if (Classify(field, out bool hasDigit, out decimal number) is { } kind)
        {
            items.Add(new CellItem(CellItemKind.Value, kind, start, end, line, true));
            return;
        }
        if (!hasDigit)
        {
            items.Add(new CellItem(CellItemKind.Text, default, start, end, line, true));
            return;
        }
        // A field holding several numbers separated by spaces (cells merged by the copy) yields each of them;
        // anything else stays one text field.
        int before = items.Count;
        SplitWords(text, start, end, line, items);
        bool allValues = true;
        for (int i = before; i < items.Count; i++) allValues &= items[i].Kind == CellItemKind.Value;
        if (allValues && items.Count > before + 1) return;
        items.RemoveRange(before, items.Count - before);
        items.Add(new CellItem(CellItemKind.Text, default, start, end, line, true));
    }

    /// <summary>A field of 1–18 digits (half- or full-width) and nothing else.</summary>
    private static bool TryDigits(ReadOnlySpan<char> field, out long value)
    {
        value = 0;
        if (field.Length > 18) return false;
        foreach (char c in field)
        {
            int d = DigitValue(c);
            if (d < 0) return false;
            value = value * 10 + d;
        }
        return true;
    }

    /// <summary>Flattened text: words at whitespace, each word split further into number runs and word runs.</summary>
    private static void SplitWords(string text, int from, int to, int line, List<CellItem> items)
    {
        int i = from;
        while (i < to)
        {
            while (i < to && (TextNormaliser.IsSpace(text[i]) || TextNormaliser.IsMarkup(text[i]))) i++;
            int wordStart = i;
            while (i < to && !TextNormaliser.IsSpace(text[i]) && !TextNormaliser.IsMarkup(text[i])) i++;
            if (i > wordStart) SplitWord(text, wordStart, i, line, items);
        }
    }

    private static void SplitWord(string text, int start, int end, int line, List<CellItem> items)
    {
        var word = text.AsSpan(start, end - start);
        if (Classify(word, out _, out decimal number) is { } kind)
        {
            items.Add(new CellItem(CellItemKind.Value, kind, start, end, line, false));
            return;
        }
        int i = start;
        while (i < end)
        {
            int runStart = i;
            bool digits = IsDigit(text[i]);
            if (digits)
            {
                // digits, with '.' or ',' only between digits
                while (i < end && (IsDigit(text[i]) || (IsPointOrComma(text[i]) && i + 1 < end && IsDigit(text[i + 1]) && i > runStart))) i++;
                AddNumberRun(text, runStart, i, line, items);
            }
            else
            {
                while (i < end && !IsDigit(text[i])) i++;
                items.Add(new CellItem(CellItemKind.Text, default, runStart, i, line, false));
            }
        }
    }

    private static void AddNumberRun(string text, int start, int end, int line, List<CellItem> items)
    {
        string raw = TextNormaliser.Fold(text.AsSpan(start, end - start));
        if (ParseNumber(raw) is not null)
        {
            items.Add(new CellItem(CellItemKind.Value, CellKind.Number, start, end, line, false));
            return;
        }
        // "0,0,3" or "1.2.3": commas and points that are no thousands separator or decimal point part numbers.
        int s = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && IsDigit(text[i])) continue;
            if (i > s)
            {
                string part = TextNormaliser.Fold(text.AsSpan(s, i - s));
                // A run of more digits than a decimal holds (damaged text) is no value.
                if (decimal.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    items.Add(new CellItem(CellItemKind.Value, CellKind.Number, s, i, line, false));
            }
            s = i + 1;
        }
    }

    /// <summary>
    /// What a whole field states (a number, a dash or 不适用; null for anything else) and the number, also telling whether
    /// the field holds a digit (whitespace around it never does), so a field of words is not scanned twice.
    /// </summary>
    private static CellKind? Classify(ReadOnlySpan<char> raw, out bool hasDigit, out decimal number)
    {
        hasDigit = false;
        number = 0;
        raw = TrimWhiteSpace(raw);
        if (raw.IsEmpty) return null;
        // A dash holds no digit (its characters are all dashes and slashes).
        if (IsDash(raw)) return CellKind.Dash;
        hasDigit = HasDigit(raw);
        if (hasDigit)
        {
            if (ParseNumber(TextNormaliser.Fold(raw)) is not { } n) return null;
            number = n;
            return CellKind.Number;
        }
        if (raw.Length <= MaxNotApplicableLength)
        {
            // The field's key (folded, without whitespace and markup), compared without making a string of it.
            Span<char> key = stackalloc char[MaxNotApplicableLength];
            int length = 0;
            foreach (char c in raw)
                if (!TextNormaliser.IsSpaceOrMarkup(c)) key[length++] = TextNormaliser.Fold(c);
            foreach (var word in NotApplicableWords)
                if (key[..length].SequenceEqual(word)) return CellKind.NotApplicable;
        }
        return null;
    }

    /// <summary>
    /// <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> without its call per character above Latin-1: no character
    /// above U+3000 is whitespace, and fields of words start and end with ideographs.
    /// </summary>
    private static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> raw)
    {
        int start = 0, end = raw.Length;
        while (start < end && IsWhiteSpace(raw[start])) start++;
        while (end > start && IsWhiteSpace(raw[end - 1])) end--;
        return raw[start..end];
    }

    private static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>
    /// The number of a <see cref="CellKind.Number"/> item, read again from its text as the tokenizer read it: a run of digits
    /// as <see cref="AddNumberRun"/> parts it, anything else as <see cref="Classify"/> reads it (the same value for a run of
    /// at most 28 digits, the only runs <see cref="Classify"/> takes).
    /// </summary>
    public static decimal NumberOf(ReadOnlySpan<char> written)
    {
        string key = TextNormaliser.Fold(TrimWhiteSpace(written));
        if (key.Length > 0 && !key.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return decimal.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
        return ParseNumber(key) ?? throw new ArgumentException($"“{key}” is no number the tokenizer reads.", nameof(written));
    }

    /// <summary>Longest way 不适用 may be written with spaces between its characters.</summary>
    private const int MaxNotApplicableLength = 8;

    private static bool IsDash(ReadOnlySpan<char> raw)
    {
        foreach (char c in raw)
            if (!DashChars.Contains(TextNormaliser.Fold(c))) return false;
        return true;
    }

    /// <summary>
    /// Whether the field holds a character <see cref="TextNormaliser.Fold(char)"/> turns into an ASCII digit: the digits
    /// themselves and the full-width ones. Two range searches: a set of both ranges would be searched character by
    /// character in a field of ideographs (a label), which most fields read here are.
    /// </summary>
    private static bool HasDigit(ReadOnlySpan<char> raw) => raw.ContainsAnyInRange('0', '9') || raw.ContainsAnyInRange('０', '９');

    /// <summary>The value of a digit after folding (<c>７</c> → 7), or −1 for any other character.</summary>
    private static int DigitValue(char c) =>
        (uint)(c - '0') <= 9 ? c - '0' : (uint)(c - '０') <= 9 ? c - '０' : -1;

    /// <summary>
    /// An integer or decimal as written: optional sign, digits, an optional decimal part, thousands separators only in
    /// groups of three. Returns null for anything else. The decimal keeps the scale written (0.50 stays 0.50).
    /// </summary>
    public static decimal? ParseNumber(string key)
    {
        int i = 0;
        if (key.Length > 0 && key[0] is '-' or '+') i = 1;
        int digitsStart = i;
        bool grouped = false;
        int groupLength = 0;
        for (; i < key.Length && (char.IsAsciiDigit(key[i]) || key[i] == ','); i++)
        {
            if (key[i] == ',')
            {
                if (i == digitsStart || (grouped && groupLength != 3) || (!grouped && groupLength > 3)) return null;
                grouped = true;
                groupLength = 0;
            }
            else groupLength++;
        }
        if (i == digitsStart || groupLength == 0 || (grouped && groupLength != 3)) return null;
        if (i < key.Length)
        {
            if (key[i] != '.' || i + 1 == key.Length) return null;
            for (int j = i + 1; j < key.Length; j++)
                if (!char.IsAsciiDigit(key[j])) return null;
        }
        if (key.Length - digitsStart > 28) return null;
        return decimal.TryParse(key.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Characters a dash cell is written with (CellKind.Dash), after folding (－ → -, ／ → /).</summary>
    private static readonly SearchValues<char> DashChars = SearchValues.Create("-/—–―─━‐‑‒\u2212");

    private static bool IsDigit(char c) => DigitValue(c) >= 0;

    private static bool IsPointOrComma(char c) => TextNormaliser.Fold(c) is '.' or ',';

}
