namespace Gongkai.Documents.Reading.Files;

/// <summary>
/// The head of a file lower-cased in its ASCII letters only, for finding markup such as <c>&lt;html</c> or <c>charset</c>.
/// Culture-aware lower-casing went through ICU for every non-ASCII character of the head — on a Chinese page nearly all
/// of them — and cost more than reading a short report's tables; the markup searched for is ASCII, so nothing else needs
/// folding.
/// </summary>
internal static class AsciiLower
{
    /// <summary>The first <paramref name="maxBytes"/> bytes, one char per byte (Latin-1), ASCII letters lower-cased.</summary>
    public static string Head(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var head = bytes[..Math.Min(bytes.Length, maxBytes)];
        return string.Create(head.Length, head.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = (char)(b is >= (byte)'A' and <= (byte)'Z' ? b + 32 : b);
            }
        });
    }

    /// <summary><paramref name="text"/> with its ASCII letters lower-cased.</summary>
    public static string Of(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            chars[i] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
        }
    });
}
