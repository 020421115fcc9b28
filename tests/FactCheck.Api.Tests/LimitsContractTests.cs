using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>The limits are answered by middleware, which no endpoint declares; the document must still show them.</summary>
public sealed class LimitsContractTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Fact]
    public async Task Every_operation_documents_414_431_and_429_with_retry_after_and_every_body_413()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Where: $"{m.Key.ToUpperInvariant()} {p.Key}", Operation: m.Value!)))
            .ToList();

        Assert.NotEmpty(operations);
        foreach (var (where, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "414", "431" })
            {
                Assert.True(responses[status]?["content"]?["application/problem+json"] is not null, $"{where}: no {status} problem");
            }
            var tooMany = responses["429"];
            Assert.True(tooMany is not null, $"{where}: no 429");
            Assert.Equal("integer", (string?)tooMany!["headers"]!["Retry-After"]!["schema"]!["type"]);
            Assert.True(tooMany["content"]!["application/problem+json"] is not null, $"{where}: 429 is not problem+json");
            Assert.True((operation["requestBody"] is not null) == responses.ContainsKey("413"), $"{where}: 413 documented iff there is a body");
        }
    }
}
