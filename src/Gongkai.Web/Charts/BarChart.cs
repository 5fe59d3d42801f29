using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Charts;

/// <summary>One named series of a bar chart, e.g. "申请数" with one value per category (month, agency).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A grouped bar chart rendered on the server as inline SVG, so charts work without JavaScript, print, and need no
/// client library. Every chart is followed by the same figures as a table: screen readers and people who want the
/// numbers read the table (WCAG 1.1.1 text alternative); the SVG is marked as an image labelled by its title.
/// </summary>
public sealed class BarChart
{
    // A colour-blind-safe palette (Okabe–Ito) with enough contrast against white for the bars (WCAG 1.4.11, 3:1);
    // the legend's .chart-series-N classes in wwwroot/css/site.css repeat it.
    private static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 12;
    private const int Top = 16;
    private const int Bottom = 56;

    public BarChart(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        if (series.Any(s => s.Values.Count != categories.Count))
            throw new ArgumentException("every series needs one value per category", nameof(series));
        if (series.Count > Palette.Length)
            throw new ArgumentException($"at most {Palette.Length} series fit the palette", nameof(series));
        Title = title;
        Categories = categories;
        Series = series;
    }

    public string Title { get; }
    public IReadOnlyList<string> Categories { get; }
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>The chart as a figure: the SVG, a legend, and the data table under a caption.</summary>
    public IHtmlContent ToHtml(string id)
    {
        var html = new StringBuilder();
        string titleId = Encode(id) + "-title";
        html.Append("<figure class=\"chart\" id=\"").Append(Encode(id)).Append("\">");
        html.Append("<figcaption id=\"").Append(titleId).Append("\">").Append(Encode(Title)).Append("</figcaption>");
        AppendSvg(html, titleId);
        AppendLegend(html);
        AppendTable(html);
        html.Append("</figure>");
        return new HtmlString(html.ToString());
    }

    private void AppendSvg(StringBuilder html, string titleId)
    {
        double max = Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        double scaleMax = NiceCeiling(max);
        int plotWidth = Width - Left - Right;
        int plotHeight = Height - Top - Bottom;

        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart-svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId}\" preserveAspectRatio=\"xMidYMid meet\">");
        // Horizontal grid lines with their values: 0, ¼, ½, ¾ and the top of the scale.
        for (int step = 0; step <= 4; step++)
        {
            double value = scaleMax * step / 4;
            double y = Top + plotHeight - plotHeight * step / 4.0;
            html.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ccc\" stroke-width=\"1\"/>");
            html.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{FormatValue(value)}</text>");
        }

        if (Categories.Count > 0 && Series.Count > 0)
        {
            double groupWidth = (double)plotWidth / Categories.Count;
            double barWidth = Math.Max(1, groupWidth * 0.8 / Series.Count);
            for (int c = 0; c < Categories.Count; c++)
            {
                double groupLeft = Left + c * groupWidth + groupWidth * 0.1;
                for (int s = 0; s < Series.Count; s++)
                {
                    double value = Math.Max(0, Series[s].Values[c]);
                    double barHeight = scaleMax == 0 ? 0 : plotHeight * value / scaleMax;
                    double x = groupLeft + s * barWidth;
                    double y = Top + plotHeight - barHeight;
                    html.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{barWidth:0.##}\" height=\"{barHeight:0.##}\" fill=\"{Palette[s]}\">");
                    html.Append("<title>").Append(Encode(Categories[c])).Append(' ').Append(Encode(Series[s].Name)).Append('：')
                        .Append(FormatValue(Series[s].Values[c])).Append("</title></rect>");
                }
                double labelX = Left + c * groupWidth + groupWidth / 2;
                html.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{labelX:0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">")
                    .Append(Encode(Shorten(Categories[c]))).Append("</text>");
            }
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Top + plotHeight}\" y2=\"{Top + plotHeight}\" stroke=\"#333\" stroke-width=\"1\"/>");
        html.Append("</svg>");
    }

    private void AppendLegend(StringBuilder html)
    {
        html.Append("<ul class=\"chart-legend\" aria-hidden=\"true\">");
        for (int s = 0; s < Series.Count; s++)
        {
            // A class, not an inline style: the Content-Security-Policy allows no inline styles (site.css holds the palette).
            html.Append("<li><span class=\"chart-swatch chart-series-").Append(s).Append("\"></span>")
                .Append(Encode(Series[s].Name)).Append("</li>");
        }
        html.Append("</ul>");
    }

    private void AppendTable(StringBuilder html)
    {
        html.Append("<details class=\"chart-data\"><summary>查看数据表</summary><table><caption>")
            .Append(Encode(Title)).Append("</caption><thead><tr><th scope=\"col\"></th>");
        foreach (var series in Series)
            html.Append("<th scope=\"col\">").Append(Encode(series.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (int c = 0; c < Categories.Count; c++)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(Categories[c])).Append("</th>");
            foreach (var series in Series)
                html.Append("<td>").Append(FormatValue(series.Values[c])).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table></details>");
    }

    /// <summary>The smallest 1/2/5 × 10ⁿ at or above the maximum, so grid values are round numbers.</summary>
    internal static double NiceCeiling(double max)
    {
        if (max <= 0) return 4;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (double factor in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (factor * magnitude >= max) return factor * magnitude;
        }
        return 10 * magnitude;
    }

    private static string FormatValue(double value) =>
        value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    // Long agency names crowd the axis; the full name stays in the bar's tooltip and in the table.
    private static string Shorten(string label) => label.Length <= 8 ? label : label[..7] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
