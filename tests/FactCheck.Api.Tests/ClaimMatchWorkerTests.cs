using FactCheck.Api.Matching;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using static FactCheck.Api.Tests.Infrastructure.MatchClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// Claims written in bulk while the service runs (here by another program, as plain SQL) are indexed in the background:
/// no match request has to pay for them, nor hold the other writers back while it does.
/// </summary>
public sealed class ClaimMatchWorkerTests
{
    [Fact]
    public async Task A_bulk_load_is_indexed_in_the_background_and_then_matched()
    {
        using var app = new WatchedWorkerApp();
        var client = app.CreateClient();
        var claimant = ApiClient.Id(await client.CreateActorAsync());
        var word = UniqueWord();
        var claims = Enumerable.Range(0, MatchIndex.InlineLimit + 100).Select(_ => Guid.CreateVersion7().ToString()).ToList();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "factcheck.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var (claim, i) in claims.Select((c, i) => (c, i)))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO claims (Id, Statement, ClaimantId, MadeAt, Topics, Language, EvidenceStatus, Version, CreatedAt, UpdatedAt) "
                    + "VALUES (@id, @statement, @claimant, '2021-12-21 10:00:00', '[]', 'es', 'unverified', 1, '2021-12-22 10:00:00', '2021-12-22 10:00:00')";
                command.Parameters.AddWithValue("@id", claim.ToUpperInvariant());
                command.Parameters.AddWithValue("@statement", $"El contrabando de componentes químicos número {i} en la frontera de {word}.");
                command.Parameters.AddWithValue("@claimant", claimant.ToUpperInvariant());
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }

        // No request is made while the worker catches up: the queue empties by itself, and the worker says so in its log.
        var indexed = await Signal.WithinAsync(app.BulkIndexed.Task, TimeSpan.FromSeconds(60), "the worker logs that it indexed the bulk load");
        Assert.Equal($"Indexed {claims.Count} claims for matching.", indexed);
        using (var db = OpenDatabase(app.DataDirectory))
        {
            Assert.Equal(0, Count(db, "SELECT count(*) FROM match_queue"));
            Assert.Equal(claims.Count, Count(db, "SELECT count(*) FROM match_claims m JOIN claims x ON x.Id = m.ClaimId WHERE x.Statement LIKE @like",
                ("@like", $"%{word}%")));
        }
        AssertIndexInStep(app.DataDirectory);
        var hits = await client.MatchAsync($"Contrabando de componentes químicos número 7 en la frontera de {word}");
        Assert.Equal(claims[7], hits[0].Id);
    }
}

/// <summary>The service, telling the test when its background worker logs that it indexed a bulk load.</summary>
public sealed class WatchedWorkerApp : FactCheckApp
{
    private readonly WorkerLog log = new();

    /// <summary>The worker's line "Indexed N claims for matching.", once it is written.</summary>
    public TaskCompletionSource<string> BulkIndexed => log.BulkIndexed;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(log));
    }

    private sealed class WorkerLog : ILoggerProvider, ILogger
    {
        public TaskCompletionSource<string> BulkIndexed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(MatchIndexWorker).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (message.StartsWith("Indexed ", StringComparison.Ordinal))
            {
                BulkIndexed.TrySetResult(message);
            }
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public void Dispose()
        {
            // Nothing held: the signal outlives the host, for the test to read.
        }
    }
}
