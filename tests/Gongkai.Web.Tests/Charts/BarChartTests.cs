using Gongkai.Web.Charts;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Tests.Charts;

public class BarChartTests
{
    private static string Render(BarChart chart)
    {
        using var writer = new StringWriter();
        chart.ToHtml("c1").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void ToHtml_DrawsOneBarPerSeriesAndCategory_AndRepeatsTheFiguresAsATable()
    {
        var chart = new BarChart("2024年申请情况", ["1月", "2月", "3月"],
            [new ChartSeries("收到申请", [3, 0, 7]), new ChartSeries("办结", [2, 1, 5])]);

        string html = Render(chart);

        Assert.Equal(6, CountOf(html, "<rect "));
        Assert.Contains("role=\"img\" aria-labelledby=\"c1-title\"", html);
        Assert.DoesNotContain("style=", html); // the Content-Security-Policy forbids inline styles
        Assert.Contains("<th scope=\"row\">3月</th><td>7</td><td>5</td>", html);
    }

    [Fact]
    public void ToHtml_EncodesLabels_SoAnAgencyNameCannotInjectMarkup()
    {
        var chart = new BarChart("<script>x</script>", ["<b>局</b>"], [new ChartSeries("a&b", [1])]);

        string html = Render(chart);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("a&amp;b", html);
    }

    [Fact]
    public void Constructor_RefusesASeriesWithTheWrongNumberOfValues()
    {
        Assert.Throws<ArgumentException>(() => new BarChart("t", ["1月", "2月"], [new ChartSeries("s", [1])]));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(12, 20)]
    [InlineData(180, 200)]
    [InlineData(500, 500)]
    public void NiceCeiling_IsTheNextRoundScaleTop(double max, double expected)
    {
        Assert.Equal(expected, BarChart.NiceCeiling(max));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
