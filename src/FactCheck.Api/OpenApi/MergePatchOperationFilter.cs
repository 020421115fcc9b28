using System.Text.Json.Nodes;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Gives each merge patch body an example of its own: the schema's example is a whole record (what PUT sends), while a
/// patch shows its point best with one or two fields, and a null that clears one. Values come from the demo data.
/// </summary>
internal sealed class MergePatchOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is { } content && content.TryGetValue(MergePatch.MediaType, out var body)
            && body is OpenApiMediaType concrete && Example(operation.OperationId) is { } example)
        {
            concrete.Example = example;
        }
    }

    private static JsonObject? Example(string? operationId) => operationId switch
    {
        "PatchActor" => new() { ["title"] = DemoData.Actors.Single(a => a.Id == DemoIds.Shoigu).Request.Title, ["links"] = null },
        "PatchSource" => new() { ["publisher"] = DemoData.Sources.Single(s => s.Id == DemoIds.FoxNews).Request.Publisher },
        "PatchClaim" => new()
        {
            ["summary"] = DemoData.Claims.Single(c => c.Id == DemoIds.ShoiguClaim).Request.Summary,
            ["topics"] = new JsonArray("chemical weapons", "ukraine"),
        },
        _ => null,
    };
}
