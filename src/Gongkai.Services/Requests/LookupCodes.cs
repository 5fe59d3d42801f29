using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Services.Requests;

/// <summary>
/// 查询码: the secret an applicant gets once with the request number and types in to follow the request. 16 characters from
/// a 31-character alphabet without look-alikes (≈79 bits), shown in groups of four. Only its SHA-256 is stored; with that much
/// randomness an unsalted hash cannot be reversed by guessing, and it lets the status page find the request by index.
/// </summary>
public static class LookupCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 16;

    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..12]}-{code[12..]}";
    }

    /// <summary>The stored form: case, spaces and dashes do not matter when the applicant types the code.</summary>
    public static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
    }
}
