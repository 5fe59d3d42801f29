using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The page shown for an unhandled error or an error status code (re-executed here, keeping the original status).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Message { get; private set; } = "服务器处理请求时出错，请稍后再试。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("页面不存在", "没有找到您要访问的页面或记录。"),
            StatusCodes.Status400BadRequest => ("请求无效", "请求无效或已过期，请返回上一页刷新后重试。"),
            StatusCodes.Status413PayloadTooLarge => ("内容过大", "提交的内容超过了大小上限。年度报告全文通常不足 100 KB，请检查是否选错了文件。"),
            StatusCodes.Status429TooManyRequests => ("请求过于频繁", "您的访问过于频繁，请稍等片刻后再试。"),
            _ => (Title, Message),
        };
    }
}
