using System.Globalization;
using System.Text;
using QRCoder;

namespace Gongkai.Web.Accounts;

/// <summary>
/// A QR code as an inline SVG element made of one path (no style attribute, no script, no data: URL), so the page keeps
/// the strict CSP. The authenticator app scans the <c>otpauth://</c> URI from it.
/// </summary>
public static class QrCodeSvg
{
    public static string Render(string text, int pixelsPerModule = 5)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                if (modules[y][x]) path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
        var pixels = size * pixelsPerModule;
        return $"""<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" role="img" aria-label="身份验证器二维码" width="{pixels}" height="{pixels}" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
