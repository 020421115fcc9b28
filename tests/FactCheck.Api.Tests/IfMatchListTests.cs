using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>If-Match as RFC 9110 §13.1.1 reads it: a list of tags, any one of which may match, compared strongly.</summary>
public sealed class IfMatchListTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private static HttpRequestMessage Rename(string actorId, string name, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actors/{actorId}") { Content = JsonContent.Create(new { name, kind = "person" }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_list_naming_a_stale_tag_and_the_current_one_lets_the_change_through()
    {
        var client = app.CreateClient();
        var actor = await client.CreateActorAsync($"Listed tags {Guid.NewGuid():N}");
        var name = $"Renamed {Guid.NewGuid():N}";

        var response = await client.SendAsync(Rename(Id(actor), name, "\"7\", \"1\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
        Assert.Equal(name, (string?)(await client.GetOkAsync($"/api/v1/actors/{Id(actor)}"))["name"]);
    }

    [Fact]
    public async Task A_weak_tag_never_matches_so_the_change_is_refused_and_nothing_changes()
    {
        var client = app.CreateClient();
        var name = $"Weak tag {Guid.NewGuid():N}";
        var actor = await client.CreateActorAsync(name);

        var body = await ProblemAssert.IsProblemAsync(
            await client.SendAsync(Rename(Id(actor), "Changed", "W/\"1\"")), HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");

        Assert.Contains("\"1\"", (string?)body["detail"], StringComparison.Ordinal);
        var unchanged = await client.GetOkAsync($"/api/v1/actors/{Id(actor)}");
        Assert.Equal(name, (string?)unchanged["name"]);
    }
}
