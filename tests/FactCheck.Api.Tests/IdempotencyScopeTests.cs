using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>An Idempotency-Key belongs to the API key that sent it: another caller's use of the same value is another request.</summary>
public sealed class IdempotencyScopeTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private async Task<(HttpClient Client, string Name)> EditorAsync()
    {
        var name = $"desk-{Guid.NewGuid():N}";
        return (await app.CreateClientWithRoleAsync("editor", name), name);
    }

    [Fact]
    public async Task The_same_request_with_the_same_key_from_two_callers_creates_two_records_and_each_is_replayed_its_own()
    {
        var (first, firstName) = await EditorAsync();
        var (second, secondName) = await EditorAsync();
        var key = Guid.NewGuid().ToString();
        var name = UniqueName();

        var firstAnswer = await first.SendAsync(PostActor(name, key));
        var firstBody = await firstAnswer.Content.ReadAsStringAsync();
        var secondAnswer = await second.SendAsync(PostActor(name, key));
        var secondBody = await secondAnswer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, firstAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, secondAnswer.StatusCode);
        Assert.False(secondAnswer.Headers.Contains(Replayed));
        Assert.NotEqual(firstBody, secondBody);
        Assert.NotEqual(firstAnswer.Headers.Location, secondAnswer.Headers.Location);
        Assert.Equal(2, await first.CountActorsNamedAsync(name));
        Assert.Equal(2, await app.CountIdempotencyRecordsAsync(key));
        var secondId = Id(await secondAnswer.ReadJsonAsync());
        Assert.Equal(secondName, (string?)Assert.Single(await WritePathHistoryTests.HistoryAsync(second, $"/api/v1/actors/{secondId}/history"))!["by"]);

        // Each caller's retry replays that caller's own first answer.
        var firstRetry = await first.SendAsync(PostActor(name, key));
        var secondRetry = await second.SendAsync(PostActor(name, key));
        await AssertSameAnswerAsync(firstAnswer, firstBody, firstRetry);
        await AssertSameAnswerAsync(secondAnswer, secondBody, secondRetry);
        Assert.Equal("true", Assert.Single(firstRetry.Headers.GetValues(Replayed)));
        Assert.Equal("true", Assert.Single(secondRetry.Headers.GetValues(Replayed)));
        Assert.Equal(2, await first.CountActorsNamedAsync(name));
        Assert.Equal(firstName, (string?)Assert.Single(await WritePathHistoryTests.HistoryAsync(first, $"/api/v1/actors/{Id(JsonOf(firstBody))}/history"))!["by"]);
    }

    [Fact]
    public async Task Another_callers_different_request_with_the_same_key_runs_rather_than_being_refused_or_answered_with_the_first()
    {
        var (first, _) = await EditorAsync();
        var (second, _) = await EditorAsync();
        var key = Guid.NewGuid().ToString();
        var (firstName, secondName) = (UniqueName(), UniqueName());

        var firstAnswer = await first.SendAsync(PostActor(firstName, key));
        var secondAnswer = await second.SendAsync(PostActor(secondName, key));

        Assert.Equal(HttpStatusCode.Created, firstAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, secondAnswer.StatusCode);
        Assert.False(secondAnswer.Headers.Contains(Replayed));
        Assert.Equal(secondName, (string?)(await secondAnswer.ReadJsonAsync())["name"]);
        Assert.Equal(1, await second.CountActorsNamedAsync(secondName));
    }

    [Fact]
    public async Task A_kept_validation_failure_is_replayed_only_to_the_caller_that_got_it()
    {
        var (first, _) = await EditorAsync();
        var (second, _) = await EditorAsync();
        var key = Guid.NewGuid().ToString();
        var nameless = new { name = "", kind = "person" };

        var refused = await first.SendAsync(Post("/api/v1/actors", nameless, key));
        var othersRefusal = await second.SendAsync(Post("/api/v1/actors", nameless, key));
        var refusedAgain = await first.SendAsync(Post("/api/v1/actors", nameless, key));

        await ProblemAssert.IsValidationProblemAsync(refused, "name");
        await ProblemAssert.IsValidationProblemAsync(othersRefusal, "name");
        Assert.False(othersRefusal.Headers.Contains(Replayed));
        Assert.Equal("true", Assert.Single(refusedAgain.Headers.GetValues(Replayed)));
    }

    private static System.Text.Json.Nodes.JsonNode JsonOf(string body) => System.Text.Json.Nodes.JsonNode.Parse(body)!;
}
