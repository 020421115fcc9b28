using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>Which keys are accepted, whose they are, and how long they are remembered.</summary>
public sealed class IdempotencyKeyTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_same_key_with_another_request_is_a_422_and_writes_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var other = UniqueName();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(PostActor(UniqueName(), key))).StatusCode);

        var differentBody = await client.SendAsync(PostActor(other, key));
        var differentPath = await client.SendAsync(Post("/api/v1/sources", new { title = "A report", kind = "other" }, key));
        var differentQuery = await client.SendAsync(Post("/api/v1/actors?x=1", Actor(other), key));

        foreach (var response in new[] { differentBody, differentPath, differentQuery })
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, Reused);
            Assert.Contains("different request", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.False(response.Headers.Contains(Replayed));
        }
        Assert.Equal(0, await client.CountActorsNamedAsync(other));
    }

    [Fact]
    public async Task Different_keys_are_different_requests()
    {
        var name = UniqueName();
        var (first, second) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        var a = await (await client.SendAsync(PostActor(name, first))).ReadJsonAsync();
        var b = await (await client.SendAsync(PostActor(name, second))).ReadJsonAsync();

        Assert.NotEqual(ApiClient.Id(a), ApiClient.Id(b));
        Assert.Equal(2, await client.CountActorsNamedAsync(name));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(first));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(second));
    }

    [Fact]
    public async Task A_key_older_than_24_hours_is_forgotten_and_the_request_runs_again()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();
        var first = await (await client.SendAsync(PostActor(name, key))).ReadJsonAsync();
        await app.SetIdempotencyRecordAsync(key, IdempotencyState.Completed, DateTime.UtcNow.AddHours(-25));

        var again = await client.SendAsync(PostActor(name, key));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.False(again.Headers.Contains(Replayed));
        Assert.NotEqual(ApiClient.Id(first), ApiClient.Id(await again.ReadJsonAsync()));
        Assert.Equal(2, await client.CountActorsNamedAsync(name));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(key));
    }

    [Fact]
    public async Task A_claim_left_in_progress_for_minutes_is_abandoned_and_the_request_runs_again()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(PostActor(name, key))).StatusCode);
        await app.SetIdempotencyRecordAsync(key, IdempotencyState.InProgress, DateTime.UtcNow.AddMinutes(-6));

        var retry = await client.SendAsync(PostActor(name, key));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains(Replayed));
        Assert.Equal(2, await client.CountActorsNamedAsync(name));
    }

    [Theory]
    [InlineData("too long")]
    [InlineData("has space")]
    [InlineData("non-ascii")]
    [InlineData("sent twice")]
    public async Task An_invalid_key_is_a_400_naming_the_header(string invalid)
    {
        var name = UniqueName();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/actors") { Content = JsonContent.Create(Actor(name)) };
        string[] values = invalid switch
        {
            "too long" => [new string('k', 256)],
            "has space" => ["my key"],
            "non-ascii" => ["ключ"],
            _ => ["first", "second"],
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", values);

        var response = await client.SendAsync(request);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "idempotency-key");
        Assert.Contains("Idempotency-Key", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("1 to 255 visible ASCII characters", (string?)problem["errors"]!["idempotency-key"]![0], StringComparison.Ordinal);
        Assert.Equal(0, await client.CountActorsNamedAsync(name));
    }

    [Fact]
    public async Task A_key_of_255_visible_characters_of_any_kind_is_accepted()
    {
        var key = Guid.NewGuid().ToString("N") + "!~\"'{}<>,;:*\\";
        key += new string('k', 255 - key.Length);
        var name = UniqueName();

        var first = await client.SendAsync(PostActor(name, key));
        var retry = await client.SendAsync(PostActor(name, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await AssertSameAnswerAsync(first, await first.Content.ReadAsStringAsync(), retry);
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(key));
    }

    [Fact]
    public async Task Without_a_key_nothing_changes()
    {
        var name = UniqueName();
        await client.CreateActorAsync(name);
        var second = await client.PostAsJsonAsync("/api/v1/actors", Actor(name));

        Assert.False(second.Headers.Contains(Replayed));
        Assert.Equal(2, await client.CountActorsNamedAsync(name));
    }
}
