using System.Net;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>Retries with the same Idempotency-Key: one write, the first answer replayed.</summary>
public sealed class IdempotencyTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Sequential_retries_create_one_actor_and_replay_the_first_answer()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            responses.Add(await client.SendAsync(PostActor(name, key)));
        }

        var first = responses[0];
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains(Replayed));
        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(name, (string?)(await first.ReadJsonAsync())["name"]);
        foreach (var retry in responses.Skip(1))
        {
            await AssertSameAnswerAsync(first, body, retry);
            Assert.Equal(["true"], retry.Headers.GetValues(Replayed));
        }
        Assert.Equal(1, await client.CountActorsNamedAsync(name));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(key));
    }

    [Fact]
    public async Task Concurrent_retries_create_one_actor_and_the_others_replay_or_wait()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SendAsync(PostActor(name, key))));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Single(created, r => !r.Headers.Contains(Replayed));
        var original = created.Single(r => !r.Headers.Contains(Replayed));
        var body = await original.Content.ReadAsStringAsync();
        var replays = 0;
        foreach (var response in responses.Where(r => r != original))
        {
            var answer = response;
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, InProgress);
                Assert.Contains("Idempotency-Key", (string?)problem["detail"], StringComparison.Ordinal);
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
                // Retried as Retry-After asks: the first request has finished by now, so this one must be a replay.
                answer = await client.SendAsync(PostActor(name, key));
            }
            await AssertSameAnswerAsync(original, body, answer);
            Assert.Equal(["true"], answer.Headers.GetValues(Replayed));
            replays++;
        }
        // However the race went, every retry ends in a replay: a run where each request was served fresh fails here.
        Assert.Equal(responses.Length - 1, replays);
        Assert.Equal(1, await client.CountActorsNamedAsync(name));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(key));
    }

    [Fact]
    public async Task While_the_first_request_runs_a_retry_is_a_409_with_retry_after()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(PostActor(name, key))).StatusCode);
        // Back to the state it had while the first request was running (a real race is too quick to catch reliably).
        await app.SetIdempotencyRecordAsync(key, IdempotencyState.InProgress, DateTime.UtcNow);

        var retry = await client.SendAsync(PostActor(name, key));
        var other = await client.SendAsync(PostActor(UniqueName(), key));

        await ProblemAssert.IsProblemAsync(retry, HttpStatusCode.Conflict, InProgress);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Headers.RetryAfter?.Delta);
        Assert.False(retry.Headers.Contains(Replayed));
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.UnprocessableEntity, Reused);
        Assert.Equal(1, await client.CountActorsNamedAsync(name));
    }

    [Fact]
    public async Task A_validation_failure_is_replayed_for_the_same_body()
    {
        var key = Guid.NewGuid().ToString();
        var invalid = new { name = "", kind = "person", country = "Russia" };

        var first = await client.SendAsync(Post("/api/v1/actors", invalid, key));
        var retry = await client.SendAsync(Post("/api/v1/actors", invalid, key));

        await ProblemAssert.IsValidationProblemAsync(first, "name", "country");
        Assert.False(first.Headers.Contains(Replayed));
        await ProblemAssert.IsValidationProblemAsync(retry, "name", "country");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(["true"], retry.Headers.GetValues(Replayed));
    }

    [Fact]
    public async Task An_answer_that_may_change_is_not_kept_and_the_key_stays_usable()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { actorId = Guid.NewGuid(), statement = "False.", kind = "denial" };

        var response = await client.SendAsync(Post($"/api/v1/claims/{Guid.NewGuid()}/rebuttals", body, key));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Equal(0, await app.CountIdempotencyRecordsAsync(key));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(PostActor(UniqueName(), key))).StatusCode);
    }
}
