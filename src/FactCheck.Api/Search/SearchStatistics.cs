using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Search;

/// <summary>The number of indexed records, their average length in words, and the span of rowids handed out so far.</summary>
internal sealed record IndexTotals(double Rows, double AverageLength, long FirstRowId, long LastRowId);

/// <summary>
/// What ranking and planning need to know about the whole index, at a bounded cost: FTS5 stores no count of a word's
/// records, and counting them walks all of them (1.4 million entries for a word in most records of a million claims).
/// </summary>
internal static class SearchStatistics
{
    /// <summary>Matches of a phrase are counted up to this many; beyond, their number is estimated.</summary>
    public const int CountLimit = 10_000;

    public static async Task<IndexTotals> TotalsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // FTS5 keeps the number of rows and each column's number of words in its averages record (id 1 of search_index_data):
        // varints, as FTS5's own bm25() reads them.
        await using var command = connection.Command("SELECT (SELECT block FROM search_index_data WHERE id = 1), "
            + "(SELECT min(Id) FROM search_rows), (SELECT max(Id) FROM search_rows)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var record = reader.IsDBNull(0) ? [] : (byte[])reader.GetValue(0);
        var first = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
        var last = reader.IsDBNull(2) ? 0 : reader.GetInt64(2);
        var values = Varints(record);
        var rows = values.Count > 0 ? values[0] : 0;
        var words = values.Skip(1).Sum();
        return new IndexTotals(rows, rows > 0 ? (double)words / rows : 0, first, last);
    }

    /// <summary>
    /// How many records contain <paramref name="phrase"/> (an FTS5 phrase): exact up to <see cref="CountLimit"/>; beyond,
    /// the newest <see cref="CountLimit"/> matches are taken as a sample of the rowids they span, and scaled to all of them.
    /// </summary>
    public static async Task<double> DocumentFrequencyAsync(SqliteConnection connection, string phrase, IndexTotals totals, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT count(*), min(rowid) FROM (SELECT rowid FROM search_index WHERE search_index MATCH $phrase ORDER BY rowid DESC LIMIT $limit)",
            ("$phrase", phrase), ("$limit", CountLimit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt64(0);
        if (count < CountLimit)
        {
            return count;
        }
        var spanned = Math.Max(1, totals.LastRowId - reader.GetInt64(1) + 1);
        var all = Math.Max(spanned, totals.LastRowId - totals.FirstRowId + 1);
        return Math.Clamp((double)count * all / spanned, count, Math.Max(count, totals.Rows));
    }

    /// <summary>Records that match <paramref name="match"/>, counted up to <paramref name="limit"/>.</summary>
    public static async Task<long> CountUpToAsync(SqliteConnection connection, string match, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH $match LIMIT $limit)", ("$match", match), ("$limit", limit));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>SQLite's varints: seven bits a byte, most significant first, the high bit set on all but the last (of at most nine).</summary>
    private static List<long> Varints(byte[] bytes)
    {
        var values = new List<long>();
        var at = 0;
        while (at < bytes.Length)
        {
            long value = 0;
            for (var i = 0; at < bytes.Length; i++)
            {
                var b = bytes[at++];
                if (i == 8)
                {
                    value = (value << 8) | b;
                    break;
                }
                value = (value << 7) | (long)(b & 0x7f);
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }
            values.Add(value);
        }
        return values;
    }
}
