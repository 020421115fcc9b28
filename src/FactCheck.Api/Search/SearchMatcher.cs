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
}
