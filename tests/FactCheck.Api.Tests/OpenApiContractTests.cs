using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace FactCheck.Api.Tests;

/// <summary>
/// openapi/v1.json is the committed contract: it must equal what the service serves. The tests only compare; after an
/// intended change, <c>dotnet run --project tests/FactCheck.OpenApiWriter</c> writes it anew (README: The OpenAPI contract).
/// </summary>
public sealed class OpenApiContractTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private const string Regenerate = "dotnet run --project tests/FactCheck.OpenApiWriter";

    private Task<string> ServedAsync() => ServedContract.ReadAsync(app.CreateClient());

    [Fact]
    public async Task The_served_document_equals_the_committed_contract()
    {
        var served = await ServedAsync();
        Assert.True(File.Exists(Repository.OpenApiContract), $"openapi/v1.json is missing; write it with {Regenerate}");
        var committed = await File.ReadAllTextAsync(Repository.OpenApiContract);
        Assert.True(committed == served, $"openapi/v1.json differs from the served document; if the change is intended, run {Regenerate} and commit the file.");
    }

    [Fact]
    public async Task The_committed_contract_loads_and_validates_without_errors()
    {
        var text = await File.ReadAllTextAsync(Repository.OpenApiContract);

        var result = OpenApiDocument.Parse(text, OpenApiConstants.Json);

        Assert.Empty(result.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, result.Diagnostic.SpecificationVersion);
    }

    [Fact]
    public async Task Every_operation_has_an_id_summary_description_tag_and_documented_problems()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var operationIds = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(m => Methods.Contains(m.Key)))
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                Assert.True(operationIds.Add((string?)operation!["operationId"] ?? ""), $"{where}: missing or repeated operationId");
                Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{where}: no summary");
                Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), $"{where}: no description");
                Assert.NotEmpty(operation["tags"]!.AsArray());
                var responses = operation["responses"]!.AsObject();
                Assert.True(responses.Any(r => r.Key.StartsWith('2')), $"{where}: no success response");
                var problems = responses.Where(r => r.Key[0] is '4' or '5').ToList();
                Assert.True(problems.Count > 0, $"{where}: no problem response documented");
                Assert.All(problems, r => Assert.True(r.Value!["content"]!.AsObject().ContainsKey("application/problem+json"), $"{where} {r.Key}: not problem+json"));
                // Only ids name records that may not exist; {label} of a rating mapping is created by PUT.
                if (System.Text.RegularExpressions.Regex.IsMatch(path, @"\{(id|\w+Id)\}"))
                {
                    Assert.True(responses.ContainsKey("404"), $"{where}: a path with an id must document 404");
                }
            }
        }
    }

    [Fact]
    public async Task Every_request_and_response_schema_has_an_example()
    {
        var schemas = JsonNode.Parse(await ServedAsync())!["components"]!["schemas"]!.AsObject();
        var missing = schemas.Where(s => (s.Key.EndsWith("Request", StringComparison.Ordinal) || s.Key.EndsWith("Response", StringComparison.Ordinal))
            && s.Value!["example"] is null).Select(s => s.Key);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_routed_endpoint_is_in_the_document()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}")).ToHashSet();
        var routed = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();
        Assert.NotEmpty(routed);
        Assert.All(routed, r => Assert.Contains(r, documented));
    }

    private static string Normalize(string pattern) =>
        "/" + string.Join('/', pattern.Trim('/').Split('/').Select(s => s.Contains(':', StringComparison.Ordinal) ? s[..s.IndexOf(':', StringComparison.Ordinal)] + "}" : s));
}
