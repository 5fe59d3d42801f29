using System.Net;
using System.Text;

namespace Gongkai.Documents.Tests.Reading.Files;

/// <summary>A report fragment wrapped the way government portals publish it: menus, breadcrumbs, a side column, a footer.</summary>
internal static class PortalPage
{
    public static string Wrap(string reportHtml, string title, bool titleOutside)
    {
        string heading = titleOutside ? $"<div class=\"article-title\"><h1>{WebUtility.HtmlEncode(title)}</h1><div class=\"info\">发布时间：2024-01-31 来源：本网</div></div>" : "";
        return $$"""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>{{WebUtility.HtmlEncode(title)}}_某市人民政府门户网站</title>
            <script>var a = "一、总体情况 <table>";</script><style>.x{color:red}</style></head>
            <body>
            <div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
              <li><a href="/nb">政府信息公开年度报告</a></li><li><a href="/zxft">2023年政府信息公开工作年度报告汇总</a></li></ul></div>
            <div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 2023年</div>
            <table width="1000"><tr><td class="left-menu"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>法定主动公开内容</li><li>政府信息公开年报</li></ul></td>
            <td class="main">
            {{heading}}
            <div class="TRS_Editor">{{reportHtml}}</div>
            <div class="share">分享到：微信 微博</div>
            </td></tr></table>
            <div id="footer">主办：某市人民政府办公室 地址：某市某路1号 网站标识码：1234567890 ICP备12345678号</div>
            </body></html>
            """;
    }

    public static byte[] Gbk(string page)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(page);
    }
}
