using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactCheck.Api.Matching;

/// <summary>
/// One transaction of <see cref="MatchIndex.CatchUpAsync"/>: the next queued claims indexed and dequeued together, so
/// a claim is either queued or indexed, never both or neither. Term ids are looked up within the transaction only: a
/// purge elsewhere may drop a term between runs.
/// </summary>
internal sealed class MatchIndexRun(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, long> termIds = new(StringComparer.Ordinal);
    private readonly DbCommand findTerm = connection.Command(transaction, SqliteMatchSql.FindTerm, "@term");
    private readonly DbCommand addTerm = connection.Command(transaction, SqliteMatchSql.AddTerm, "@term");
    private readonly Dictionary<long, int> claimCounts = [];
    private readonly List<long> postings = [];

    private sealed record Queued(string ClaimId, string? Statement, string? Summary, string? Language);

    /// <summary>Indexes up to <paramref name="size"/> queued claims; answers how many left the queue (0: it is empty).</summary>
    public static async Task<int> IndexNextAsync(FactCheckDb db, int size, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var run = new MatchIndexRun(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        var queued = await run.ReadQueueAsync(size, cancellationToken);
        if (queued.Count == 0)
        {
            return 0;
        }
        var last = queued[^1].ClaimId;
        await run.RemoveIndexedAsync(last, cancellationToken);
        await run.AddAsync(queued, cancellationToken);
        await using (var dequeue = run.Command(SqliteMatchSql.Dequeue, "@last"))
        {
            await dequeue.With("@last", last).ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return queued.Count;
    }

    private DbCommand Command(string sql, params string[] parameters) => connection.Command(transaction, sql, parameters);

    private async Task<List<Queued>> ReadQueueAsync(int size, CancellationToken cancellationToken)
    {
        await using var command = Command(SqliteMatchSql.QueuedRun, "@run").With("@run", size);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var queued = new List<Queued>();
        while (await reader.ReadAsync(cancellationToken))
        {
            queued.Add(new(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3)));
        }
        return queued;

        static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
    }

    /// <summary>Claims queued yet indexed (which the triggers never leave) are taken out first, so they are not indexed twice.</summary>
    private async Task RemoveIndexedAsync(string last, CancellationToken cancellationToken)
    {
        var indexed = new List<(long Row, long[] Terms)>();
        await using (var command = Command(SqliteMatchSql.IndexedAmongQueued, "@last").With("@last", last))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexed.Add((reader.GetInt64(0), MatchTerms.Parse(reader.GetString(1))));
            }
        }
        await using var posting = Command(SqliteMatchSql.RemovePosting, "@term", "@row");
        await using var count = Command(SqliteMatchSql.CountClaims, "@term", "@count");
        await using var drop = Command(SqliteMatchSql.DropUnusedTerm, "@term");
        await using var claim = Command(SqliteMatchSql.RemoveClaim, "@row");
        foreach (var (row, terms) in indexed)
        {
            foreach (var term in terms)
            {
                await posting.With("@term", term).With("@row", row).ExecuteNonQueryAsync(cancellationToken);
                await count.With("@term", term).With("@count", -1).ExecuteNonQueryAsync(cancellationToken);
                await drop.With("@term", term).ExecuteNonQueryAsync(cancellationToken);
            }
            await claim.With("@row", row).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task AddAsync(List<Queued> queued, CancellationToken cancellationToken)
    {
        long row;
        await using (var lastRow = Command(SqliteMatchSql.LastRow))
        {
            row = Convert.ToInt64(await lastRow.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        await using var claim = Command(SqliteMatchSql.AddClaim, "@row", "@claim", "@terms");
        foreach (var (claimId, statement, summary, language) in queued)
        {
            // A claim since deleted (or purged) comes without its text: it is only dequeued.
            if (statement is null || TextStems.Of($"{statement} {summary}", language) is not { Count: > 0 } stems)
            {
                continue;
            }
            var terms = new long[stems.Count];
            var i = 0;
            foreach (var stem in stems)
            {
                terms[i++] = await TermIdAsync(stem, cancellationToken);
            }
            Array.Sort(terms);
            row++;
            await claim.With("@row", row).With("@claim", claimId).With("@terms", MatchTerms.Format(terms)).ExecuteNonQueryAsync(cancellationToken);
            foreach (var term in terms)
            {
                postings.Add(term << 32 | row);
                claimCounts[term] = claimCounts.GetValueOrDefault(term) + 1;
            }
        }
        await WritePostingsAsync(cancellationToken);
    }

    private async Task WritePostingsAsync(CancellationToken cancellationToken)
    {
        // In key order: each insert lands next to the one before, so the index's pages are visited once per run.
        postings.Sort();
        await using var posting = Command(SqliteMatchSql.AddPosting, "@term", "@row");
        foreach (var key in postings)
        {
            await posting.With("@term", key >> 32).With("@row", key & uint.MaxValue).ExecuteNonQueryAsync(cancellationToken);
        }
        await using var count = Command(SqliteMatchSql.CountClaims, "@term", "@count");
        foreach (var (term, claims) in claimCounts)
        {
            await count.With("@term", term).With("@count", claims).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<long> TermIdAsync(string stem, CancellationToken cancellationToken)
    {
        if (termIds.TryGetValue(stem, out var id))
        {
            return id;
        }
        if (await findTerm.With("@term", stem).ExecuteScalarAsync(cancellationToken) is long found)
        {
            return termIds[stem] = found;
        }
        return termIds[stem] = Convert.ToInt64(await addTerm.With("@term", stem).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await findTerm.DisposeAsync();
        await addTerm.DisposeAsync();
    }
}
