using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>Describes the shared query parameters and gives path ids an example from the demo data, so "Try it out" works.</summary>
internal sealed class ParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var tag = operation.Tags?.FirstOrDefault()?.Name;
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            switch (parameter.Name)
            {
                case "limit":
                    parameter.Description = $"Items per page, 1 to {CursorCodec.MaxLimit} (default {CursorCodec.DefaultLimit}).";
                    break;
                case "q" when parameter.Schema is OpenApiSchema text:
                    // The search syntax's limits (SearchSyntax.TryParse); /search has nothing to answer without a query.
                    text.MinLength = 1;
                    text.MaxLength = Search.SearchSyntax.MaxLength;
                    text.Pattern = @"\S";
                    parameter.Required = context.ApiDescription.RelativePath?.TrimEnd('/') == "api/v1/search";
                    break;
                case "kind" when tag == "Search" && parameter.Schema is OpenApiSchema { Items: OpenApiSchema kinds }:
                    kinds.Enum = [.. Search.SearchIndex.Kinds.Select(k => (JsonNode)JsonValue.Create(k))];
                    break;
                case "format" when parameter.In == ParameterLocation.Query && parameter.Schema is OpenApiSchema format:
                    format.Enum = [.. Exports.ClaimExporter.Formats.Select(f => (JsonNode)JsonValue.Create(f))];
                    break;
                case "sort" when parameter.Schema is OpenApiSchema sort:
                    sort.Enum = [.. Claims.ClaimSorting.Keys.SelectMany(k => new[] { k, "-" + k }).Select(k => (JsonNode)JsonValue.Create(k))];
                    break;
                case "cursor":
                    parameter.Description = "The `nextCursor` of the previous page. Opaque and signed: an altered cursor answers 400.";
                    if (parameter.Schema is OpenApiSchema cursor)
                    {
                        cursor.Pattern = @"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"; // base64url payload '.' base64url signature (CursorCodec)
                    }
                    break;
                case "evidenceStatus" when parameter.Schema is OpenApiSchema { Items: OpenApiSchema items }:
                    parameter.Description = "Only claims with one of these evidence statuses; repeat the parameter for several.";
                    items.Enum = [.. Enum.GetValues<Common.EvidenceStatus>().Select(s => (JsonNode)JsonValue.Create(s.ToWire()))];
                    break;
                case "claimantId":
                    parameter.Description = "Only claims made by this actor.";
                    break;
                case "topic":
                    parameter.Description = "Only claims with this topic (compared in lower case).";
                    break;
                case "language":
                    parameter.Description = "Only claims in this BCP 47 language.";
                    break;
                case "label":
                    parameter.Description = "The textual rating as a fact-checker writes it, URL-encoded; it is normalised (see the description) and "
                        + "stored under that form.";
                    parameter.Example = JsonValue.Create("Four Pinocchios");
                    if (parameter.Schema is OpenApiSchema label)
                    {
                        // Only its normalised form is bounded (RatingLabels.MaxLength); the text itself, by the URL's length.
                        label.MaxLength = new RequestLimitOptions().MaxUrlLength;
                    }
                    break;
                case "url":
                    parameter.Description = "Only the source with exactly this URL.";
                    break;
                case "asOf":
                    parameter.Description = "An ISO 8601 date-time (`2021-12-22T00:00:00Z`; give `Z` or an offset, with `+` written `%2B` in a URL): answer with the claim "
                        + "as it stood at that instant in this database, rebuilt from its history, with a `Memento-Datetime` header and no `ETag`. "
                        + "404 if the claim had not been recorded yet (the demo data is recorded when the service first starts) or had been deleted. "
                        + "The claimant, sources and rebuttal authors are embedded as they are now; one deleted since shows its id and the name or title `(deleted)`. "
                        + "For readers and anonymous callers a claim deleted since is a 404 at every instant, and a rebuttal or evidence item deleted since "
                        + "is left out; editors and admins see both.";
                    // No example: Swagger UI would send it with every "Try it out", and a claim recorded today did not exist then (404).
                    break;
            }
            if (ExampleId(parameter.Name, tag) is { } id)
            {
                parameter.Example = JsonValue.Create(id.ToString());
            }
        }
    }

    private static Guid? ExampleId(string? name, string? tag) => name switch
    {
        "claimId" => DemoIds.ShoiguClaim,
        "rebuttalId" => DemoIds.KirbyRebuttal,
        "evidenceId" => DemoIds.PentagonEvidence,
        // No reviewId: the demo data has no review, and an example must name a record that exists.
        "actorId" => DemoIds.Shoigu,
        "sourceId" => DemoIds.FoxNews,
        "id" => tag switch
        {
            "Actors" => DemoIds.Shoigu,
            "Sources" => DemoIds.FoxNews,
            "Claims" => DemoIds.ShoiguClaim,
            _ => null,
        },
        _ => null,
    };
}
