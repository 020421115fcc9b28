using System.Text;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>Sends JSON merge patches and reads what the history made of them.</summary>
public static class MergePatchClient
{
    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, string json, string mediaType = "application/merge-patch+json") =>
        client.PatchAsync(path, new StringContent(json, Encoding.UTF8, mediaType));

    /// <summary>The newest history entry's changes by field, after checking its operation.</summary>
    public static async Task<Dictionary<string, JsonNode?>> LatestChangesAsync(this HttpClient client, string historyPath, string operation)
    {
        var latest = (await client.GetOkAsync(historyPath))["items"]![0]!;
        Assert.Equal(operation, (string?)latest["operation"]);
        return latest["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!, c => c);
    }
}
