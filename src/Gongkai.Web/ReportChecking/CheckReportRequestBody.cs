using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gongkai.Web.ReportChecking;

/// <summary>
/// Describes the three request bodies <c>POST /api/v1/reports/check</c> takes. The endpoint reads the body itself
/// (declaring accepted types as endpoint metadata would make routing refuse other types before the endpoint can answer
/// with a problem document), so the OpenAPI document gets them here.
/// </summary>
internal sealed class CheckReportRequestBody : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != ReportCheckApi.CheckOperationId) return;

        var json = await context.GetOrCreateSchemaAsync(typeof(CheckReportRequest), cancellationToken: cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The report: plain text, a JSON object, or an uploaded file.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["application/json"] = new() { Schema = json },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The report file (.txt; UTF-8 or GBK)." },
                        },
                    },
                },
            },
        };
    }
}
