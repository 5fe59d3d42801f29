using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// Exact searches for the character sets the prose analysis stops at (number starts, count words, characters the normaliser
/// drops or changes), sixteen characters at a time (AVX2). <see cref="System.Buffers.SearchValues{T}"/> of these sets is a
/// probabilistic map: ideographs, which make up most of the prose, often pass its filter and are then tested one by one.
/// Here each block of sixteen is compared with the set's few values and ranges; a block's candidates are confirmed by the
/// set's own test, so the vector test only has to hold every member (checked when the type is loaded: if it does not, the
/// searches go character by character).
/// </summary>
internal static class ProseCharacters
{
    /// <summary>Index of the first character <see cref="ProseCount"/> can start a number with (a digit of any script or a Chinese numeral), or −1.</summary>
    public static int IndexOfNumberStart(ReadOnlySpan<char> text) => IndexOf<NumberStarts>(text);

    /// <summary>Whether <paramref name="text"/> holds a count word (件条篇项起宗份例次个).</summary>
    public static bool ContainsCountWord(ReadOnlySpan<char> text) => IndexOf<CountWords>(text) >= 0;

    /// <summary>Index of the first character the normaliser drops or changes (whitespace, * #, full-width digits, ％ ．), or −1.</summary>
    public static int IndexOfSpecial(ReadOnlySpan<char> text) => IndexOf<Specials>(text);

    public static bool IsNumberStart(char c) => NumberStarts.Exact(c);

    /// <summary>Whether the vector tests hold every member of their sets (so that the vectorised searches are exact).</summary>
    internal static bool VectorTestsCoverTheirSets { get; } = Covers<NumberStarts>() && Covers<CountWords>() && Covers<Specials>();

    private interface ICharacterSet
    {
        /// <summary>Set bits for the lanes that may be members; must be set for every member.</summary>
        static abstract Vector256<ushort> Candidates(Vector256<ushort> block);

        static abstract bool Exact(char c);
    }

    private static bool Covers<TSet>() where TSet : ICharacterSet
    {
        for (int c = 0; c <= char.MaxValue; c++)
            if (TSet.Exact((char)c) && TSet.Candidates(Vector256.Create((ushort)c)).ExtractMostSignificantBits() == 0) return false;
        return true;
    }

    private static int IndexOf<TSet>(ReadOnlySpan<char> text) where TSet : ICharacterSet
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && VectorTestsCoverTheirSets)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                for (uint bits = TSet.Candidates(Vector256.LoadUnsafe(ref start, (nuint)i)).ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                {
                    int at = i + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    if (TSet.Exact(text[at])) return at;
                }
            }
            // The rest as the last sixteen characters, without the lanes already tested: the searches restart after every
            // match, and a character-by-character tail cost more than all the blocks before it.
            if (i < text.Length && text.Length >= Vector256<ushort>.Count)
            {
                int last = text.Length - Vector256<ushort>.Count;
                uint bits = TSet.Candidates(Vector256.LoadUnsafe(ref start, (nuint)last)).ExtractMostSignificantBits() >> (i - last);
                for (; bits != 0; bits &= bits - 1)
                {
                    int at = i + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    if (TSet.Exact(text[at])) return at;
                }
                return -1;
            }
        }
        for (; i < text.Length; i++)
            if (TSet.Exact(text[i])) return i;
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Is(Vector256<ushort> block, char c) => Vector256.Equals(block, Vector256.Create((ushort)c));

    /// <summary>Lanes in <paramref name="first"/>…<paramref name="last"/> (one unsigned compare).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> In(Vector256<ushort> block, int first, int last) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)first), Vector256.Create((ushort)(last - first)));

    private readonly struct NumberStarts : ICharacterSet
    {
        // Digits of other scripts lie in U+0660–U+1C59 and U+A620–U+ABF9 (confirmed one by one by char.IsDigit), the
        // full-width ones in U+FF10–U+FF19; the Chinese numerals are compared one by one.
        public static Vector256<ushort> Candidates(Vector256<ushort> b) =>
            In(b, '0', '9') | In(b, 0x0660, 0x1C59) | In(b, 0xA620, 0xABF9) | In(b, 0xFF10, 0xFF19)
            | Is(b, '零') | Is(b, '〇') | Is(b, '一') | Is(b, '二') | Is(b, '两') | Is(b, '三') | Is(b, '四') | Is(b, '五')
            | Is(b, '六') | Is(b, '七') | Is(b, '八') | Is(b, '九') | Is(b, '十') | Is(b, '百') | Is(b, '千') | Is(b, '万');

        public static bool Exact(char c) => c < 0x0660 ? char.IsAsciiDigit(c) : char.IsDigit(c) || ProseCount.IsChineseNumeral(c);
    }

    private readonly struct CountWords : ICharacterSet
    {
        public static Vector256<ushort> Candidates(Vector256<ushort> b) =>
            Is(b, '件') | Is(b, '条') | Is(b, '篇') | Is(b, '项') | Is(b, '起') | Is(b, '宗') | Is(b, '份') | Is(b, '例') | Is(b, '次') | Is(b, '个');

        public static bool Exact(char c) => c is '件' or '条' or '篇' or '项' or '起' or '宗' or '份' or '例' or '次' or '个';
    }

    private readonly struct Specials : ICharacterSet
    {
        // Whitespace is \t–\r, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000
        // (confirmed by the exact test); ％ is U+FF05, ． U+FF0E.
        public static Vector256<ushort> Candidates(Vector256<ushort> b) =>
            In(b, 0x09, 0x0D) | Is(b, ' ') | Is(b, '*') | Is(b, '#') | Is(b, '\u0085') | Is(b, '\u00A0') | Is(b, '\u1680')
            | In(b, 0x2000, 0x200A) | In(b, 0x2028, 0x2029) | Is(b, '\u202F') | Is(b, '\u205F') | Is(b, '\u3000')
            | Is(b, '％') | Is(b, '．') | In(b, 0xFF10, 0xFF19);

        public static bool Exact(char c) => ProseText.IsSpecial(c);
    }
}
