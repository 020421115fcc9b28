using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The document the service serves at /openapi/v1.json, as openapi/v1.json holds it (indented, a newline at the end):
/// the text OpenApiContractTests compare with the committed file and tests/FactCheck.OpenApiWriter writes to it.
/// </summary>
public static class ServedContract
{
    public static async Task<string> ReadAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.ToJsonString(new() { WriteIndented = true }) + "\n";
}
