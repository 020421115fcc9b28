using System.Net;
using FactCheck.Api.Common;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>
/// The instants a key is forgotten and a claim on it abandoned, to the tick, on a clock that stands still while the
/// retry runs: exactly the lifetime (or the abandonment delay) old is still remembered, a microsecond more is not.
/// </summary>
public sealed class IdempotencyExpiryTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_key_exactly_24_hours_old_still_replays_and_one_a_microsecond_older_runs_again()
    {
        var (name, key) = (UniqueName(), Guid.NewGuid().ToString());
        var first = await client.SendAsync(PostActor(name, key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        await WithClockStoppedAsync(async now =>
        {
            await app.SetIdempotencyRecordAsync(key, IdempotencyState.Completed, now - IdempotencyStore.Lifetime);
            var replay = await client.SendAsync(PostActor(name, key));
            Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
            Assert.Equal("true", Assert.Single(replay.Headers.GetValues(Replayed)));
            Assert.Equal(first.Headers.Location, replay.Headers.Location);
            Assert.Equal(1, await client.CountActorsNamedAsync(name));

            await app.SetIdempotencyRecordAsync(key, IdempotencyState.Completed, now - IdempotencyStore.Lifetime - TimeSpan.FromTicks(10));
            var again = await client.SendAsync(PostActor(name, key));
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.False(again.Headers.Contains(Replayed));
            Assert.NotEqual(first.Headers.Location, again.Headers.Location);
            Assert.Equal(2, await client.CountActorsNamedAsync(name));
        });
    }

    [Fact]
    public async Task A_claim_in_progress_exactly_5_minutes_is_still_held_and_one_a_microsecond_older_is_abandoned()
    {
        var (name, key) = (UniqueName(), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(PostActor(name, key))).StatusCode);

        await WithClockStoppedAsync(async now =>
        {
            await app.SetIdempotencyRecordAsync(key, IdempotencyState.InProgress, now - IdempotencyStore.AbandonedAfter);
            await ProblemAssert.IsProblemAsync(await client.SendAsync(PostActor(name, key)), HttpStatusCode.Conflict, InProgress);
            Assert.Equal(1, await client.CountActorsNamedAsync(name));

            await app.SetIdempotencyRecordAsync(key, IdempotencyState.InProgress, now - IdempotencyStore.AbandonedAfter - TimeSpan.FromTicks(10));
            var retry = await client.SendAsync(PostActor(name, key));
            Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
            Assert.False(retry.Headers.Contains(Replayed));
            Assert.Equal(2, await client.CountActorsNamedAsync(name));
        });
    }

    /// <summary>Runs <paramref name="test"/> with the service's clock stopped at the instant it passes, as the database keeps it.</summary>
    private async Task WithClockStoppedAsync(Func<DateTime, Task> test)
    {
        var step = app.Clock.AutoAdvanceAmount;
        app.Clock.AutoAdvanceAmount = TimeSpan.Zero;
        try
        {
            await test(Clock.Truncate(app.UtcNow));
        }
        finally
        {
            app.Clock.AutoAdvanceAmount = step;
        }
    }
}
