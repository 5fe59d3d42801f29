using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Infrastructure;

public static partial class HtmlForms
{
    /// <summary>The antiforgery token Razor Pages writes into a form as a hidden input.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
