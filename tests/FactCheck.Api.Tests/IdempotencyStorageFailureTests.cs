using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>
/// When the idempotency table itself refuses a write (made to, for one key, by a trigger the test adds): claiming the key
/// is tried a bounded number of times and then answered as a conflict with nothing written, and an answer that cannot be
/// stored still reaches the client, its key held until it counts as abandoned.
/// </summary>
public sealed class IdempotencyStorageFailureTests(IdempotencyStorageFailureTests.TracedApp app) : IClassFixture<IdempotencyStorageFailureTests.TracedApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_key_the_table_refuses_is_tried_three_times_then_a_409_and_nothing_is_created()
    {
        var (name, key) = (UniqueName(), Guid.NewGuid().ToString());
        await RefuseAsync("INSERT", "NEW", key);

        var response = await client.SendAsync(PostActor(name, key));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "urn:factcheck:problem:conflict");
        Assert.Equal("The change conflicts with existing data (a duplicate value or a record still in use).", (string?)problem["detail"]);
        Assert.Equal(0, await client.CountActorsNamedAsync(name));
        Assert.Equal(0, await app.CountIdempotencyRecordsAsync(key));
        var claims = app.Statements.Of("/api/v1/actors").Count(s => s.StartsWith("INSERT INTO \"idempotency_records\"", StringComparison.Ordinal) && s.Contains(key, StringComparison.Ordinal));
        Assert.Equal(3, claims);
    }

    [Fact]
    public async Task An_answer_the_table_refuses_to_keep_still_reaches_the_client_and_a_retry_waits()
    {
        var (name, key) = (UniqueName(), Guid.NewGuid().ToString());
        await RefuseAsync("UPDATE", "OLD", key);

        var response = await client.SendAsync(PostActor(name, key));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal(name, (string?)created["name"]);
        Assert.Equal($"/api/v1/actors/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await client.CountActorsNamedAsync(name));
        await ProblemAssert.IsProblemAsync(await client.SendAsync(PostActor(name, key)), HttpStatusCode.Conflict, InProgress);
        Assert.Equal(1, await client.CountActorsNamedAsync(name));
    }

    /// <summary>Makes the table refuse <paramref name="operation"/> of the record of <paramref name="key"/> (a GUID), and only that.</summary>
    private async Task RefuseAsync(string operation, string row, string key)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "factcheck.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TRIGGER \"refuse_{Guid.NewGuid():N}\" BEFORE {operation} ON idempotency_records WHEN {row}.Key = '{key}' "
            + "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
        await command.ExecuteNonQueryAsync();
    }

    public sealed class TracedApp : FactCheckApp
    {
        public SqlStatementTrace Statements { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Statements.AddTo(builder);
        }
    }
}
