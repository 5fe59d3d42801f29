using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gongkai.Web.Hosting;

/// <summary>Titles the OpenAPI document served at /openapi/v1.json.</summary>
internal sealed class GongkaiOpenApiInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Gongkai (公开) API";
        document.Info.Description = "政府信息公开平台 — checks of published annual reports (年度报告勾稽关系检查). Errors are RFC 7807 problem details.";
        return Task.CompletedTask;
    }
}
