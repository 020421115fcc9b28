using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Search;

/// <summary>
/// Decides in memory whether a record's text matches a query, where that answer is certain to be FTS5's: plain text
/// and a plain query (see <see cref="SearchText.IsPlain"/>). Checking a record by rowid in FTS5 costs about thirty times
/// reading its text, so records found through a filter are read and checked here, and only the rest are asked of FTS5.
/// </summary>
internal sealed class SearchMatcher
{
    private readonly List<(List<string> Words, bool Prefix)> include;
    private readonly List<(List<string> Words, bool Prefix)> exclude;
    private readonly bool plainQuery;

    public SearchMatcher(SearchExpression expression)
    {
        plainQuery = expression.Phrases.Concat(expression.Excluded).All(p => SearchText.IsPlain(string.Join(' ', p.Words)));
        include = [.. expression.Phrases.Select(p => (SearchText.Words(string.Join(' ', p.Words)), p.Prefix))];
        exclude = [.. expression.Excluded.Select(p => (SearchText.Words(string.Join(' ', p.Words)), p.Prefix))];
    }

    /// <summary>Whether <paramref name="text"/> matches, or null when only FTS5 can say.</summary>
    public bool? Matches(string text)
    {
        if (!plainQuery || !SearchText.IsPlain(text))
        {
            return null;
        }
        var words = SearchText.Words(text);
        return include.All(p => SearchText.Occurrences(words, p.Words, p.Prefix) > 0)
            && !exclude.Any(p => SearchText.Occurrences(words, p.Words, p.Prefix) > 0);
    }

    /// <summary>
    /// The rowids of <paramref name="records"/> that match: checked in memory where that is certain to agree with FTS5,
    /// by FTS5 one rowid at a time otherwise.
    /// </summary>
    public static async Task<HashSet<long>> RowIdsAsync<T>(SqliteConnection connection, SearchExpression expression, IReadOnlyList<T> records,
        Func<T, long> rowIdOf, Func<T, string> textOf, CancellationToken cancellationToken)
    {
        var matcher = new SearchMatcher(expression);
        var matching = new HashSet<long>();
        var unsure = new List<long>();
        foreach (var record in records)
        {
            switch (matcher.Matches(textOf(record)))
            {
                case true:
                    matching.Add(rowIdOf(record));
                    break;
                case null:
                    unsure.Add(rowIdOf(record));
                    break;
            }
        }
        if (unsure.Count > 0)
        {
            await using var command = connection.Command("""
                SELECT s.rowid FROM json_each($rowids) AS p CROSS JOIN search_index AS s ON s.rowid = p.value WHERE search_index MATCH $match
                """, ("$rowids", "[" + string.Join(",", unsure) + "]"), ("$match", expression.Match));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                matching.Add(reader.GetInt64(0));
            }
        }
        return matching;
    }
}
