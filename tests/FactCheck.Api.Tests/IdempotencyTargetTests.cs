using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>An Idempotency-Key stands for one request: the same body sent to another address is another request.</summary>
public sealed class IdempotencyTargetTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Fact]
    public async Task The_same_key_and_body_sent_to_another_claim_is_refused_and_adds_no_rebuttal_there()
    {
        var client = app.CreateClient();
        var author = Id(await client.CreateActorAsync($"John Kirby {Guid.NewGuid():N}"));
        var first = Id(await client.CreateClaimAsync());
        var second = Id(await client.CreateClaimAsync());
        var key = Guid.NewGuid().ToString();
        var body = new { actorId = author, statement = "Completely false.", kind = "denial", madeAt = "2021-12-21T18:00:00Z" };

        HttpRequestMessage Rebut(string claim) => new(HttpMethod.Post, $"/api/v1/claims/{claim}/rebuttals")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key } },
        };
        var created = await client.SendAsync(Rebut(first));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var problem = await ProblemAssert.IsProblemAsync(
            await client.SendAsync(Rebut(second)), HttpStatusCode.UnprocessableEntity, "urn:factcheck:problem:idempotency-key-reused");

        Assert.Contains("path", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims/{second}"))["rebuttals"]!.AsArray());
        Assert.Single((await client.GetOkAsync($"/api/v1/claims/{first}"))["rebuttals"]!.AsArray());
    }
}
