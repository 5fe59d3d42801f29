using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>Shapes a raw <see cref="HttpContext"/> request for <c>TestServer.SendAsync</c> and reads its response.</summary>
internal static class HttpContextRequests
{
    public static Action<HttpContext> Get(string pathAndQuery, params (string Name, string Value)[] headers) => context =>
    {
        var (path, query) = Split(pathAndQuery);
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
    };

    public static Action<HttpContext> PostJson(string path, object body, params (string Name, string Value)[] headers) => context =>
    {
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = path;
        context.Request.ContentType = "application/json";
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
    };

    public static async Task<string> BodyAsync(this HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static (string Path, string? Query) Split(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?');
        return q < 0 ? (pathAndQuery, null) : (pathAndQuery[..q], pathAndQuery[q..]);
    }
}
