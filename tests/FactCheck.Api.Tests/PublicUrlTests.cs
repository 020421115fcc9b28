using System.Net;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>The Host header is the client's to write: no URL we answer may name a host nobody checked.</summary>
public sealed class PublicUrlTests
{
    private const string Evil = "evil.example";

    /// <summary>The next-page link of a two-claim list read one at a time, asked for with <paramref name="host"/>.</summary>
    private static async Task<(HttpResponseMessage Response, string? Link)> NextLinkAsync(KestrelApp app, string host)
    {
        var client = app.CreateClient();
        var claimant = ApiClient.Id(await client.CreateActorAsync());
        await client.CreateClaimAsync(claimant);
        await client.CreateClaimAsync(claimant);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/claims?claimantId={claimant}&limit=1");
        request.Headers.Host = host;
        var response = await client.SendAsync(request);
        return (response, response.Headers.TryGetValues("Link", out var link) ? string.Join(",", link) : null);
    }

    [Fact]
    public async Task With_nothing_configured_the_next_link_is_relative_whatever_the_host()
    {
        using var app = new KestrelApp();

        var (response, link) = await NextLinkAsync(app, Evil);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(link);
        Assert.DoesNotContain(Evil, link, StringComparison.Ordinal);
        Assert.StartsWith("</api/v1/claims?claimantId=", link, StringComparison.Ordinal);
        var next = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        var second = await app.CreateClient().GetOkAsync(next);
        Assert.Single(second["items"]!.AsArray());
    }

    [Fact]
    public async Task With_a_public_base_url_every_link_starts_with_it()
    {
        using var app = new KestrelApp { Settings = new Dictionary<string, string> { ["FactCheck:PublicBaseUrl"] = "https://factcheck.example.org/" } };

        var (_, link) = await NextLinkAsync(app, Evil);

        Assert.StartsWith("<https://factcheck.example.org/api/v1/claims?claimantId=", link, StringComparison.Ordinal);
        Assert.DoesNotContain(Evil, link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_allowed_hosts_another_host_is_a_400_problem_and_an_allowed_one_names_itself()
    {
        using var app = new KestrelApp { Settings = new Dictionary<string, string> { ["AllowedHosts"] = "factcheck.example.org;localhost;127.0.0.1" } };

        var (refused, _) = await NextLinkAsync(app, Evil);
        var (served, link) = await NextLinkAsync(app, "factcheck.example.org");

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "urn:factcheck:problem:host-not-allowed");
        Assert.DoesNotContain(Evil, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("<http://factcheck.example.org/api/v1/claims?claimantId=", link, StringComparison.Ordinal);
    }
}
