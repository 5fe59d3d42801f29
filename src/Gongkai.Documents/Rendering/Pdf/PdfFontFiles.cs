using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>
/// PDFsharp's font resolver for Gongkai: a family name is the path of a font file, so any configured file can be used without
/// a registration step. PDFsharp allows one resolver per process; this one is installed on first use.
/// </summary>
internal sealed class PdfFontFiles : IFontResolver
{
    private const string Prefix = "gongkai-file:";
    private static readonly PdfFontFiles Instance = new();
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The family name under which PDFsharp finds the font file.</summary>
    public static string FamilyOf(PdfFontFace face) => Prefix + Path.GetFullPath(face.FilePath);

    /// <summary>Checks every configured font file and installs the resolver.</summary>
    public static void Prepare(PdfFonts fonts)
    {
        foreach (var (role, face) in fonts.Roles())
        {
            if (string.Equals(Path.GetExtension(face.FilePath), ".ttc", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException(
                    $"The PDF {role} font '{face.FilePath}' is a TrueType collection (.ttc), which PDFsharp cannot read. " +
                    "Use a single .ttf/.otf file, e.g. " + PdfFonts.DebianSongFile + " (Debian package fonts-arphic-gbsn00lp).",
                    nameof(fonts));
            if (!File.Exists(face.FilePath))
                throw new FileNotFoundException(
                    $"The PDF {role} font file '{face.FilePath}' does not exist. Install the Debian package fonts-arphic-gbsn00lp " +
                    "or set PdfRenderOptions.Fonts to an installed single TrueType (.ttf) file.", face.FilePath);
        }
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                throw new InvalidOperationException("Another PDFsharp font resolver is installed in this process; the PDF renderer needs its own.");
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(Prefix, StringComparison.Ordinal)
            ? new FontResolverInfo(familyName[Prefix.Length..], mustSimulateBold: bold, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, File.ReadAllBytes);
}
