namespace FactCheck.Api.Search;

/// <summary>
/// BM25 as FTS5's bm25() defines it (k1 = 1.2, b = 0.75; the score here is its negation, so higher is better), worked
/// out from each candidate's text. bm25() itself counts every match of every phrase to learn their frequencies, on each
/// call: tens of milliseconds for a word in most records, and again for every record looked up by rowid. Frequencies come
/// from <see cref="SearchStatistics"/> instead, and words from <see cref="SearchText"/>: where it cuts a text unlike FTS5
/// (rarer scripts), FTS5 still decides what matches, and only the score is lower.
/// </summary>
internal sealed class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<(string[] Words, bool Prefix, double Idf)> phrases;
    private readonly double averageLength;

    public Bm25(IReadOnlyList<SearchPhrase> phrases, IReadOnlyList<double> documentFrequencies, IndexTotals totals)
    {
        this.phrases = [.. phrases.Select((p, i) => (SearchText.Words(string.Join(' ', p.Words)).ToArray(), p.Prefix, Idf(totals.Rows, documentFrequencies[i])))];
        averageLength = totals.AverageLength > 0 ? totals.AverageLength : 1;
    }

    public double Score(string text)
    {
        var tokens = SearchText.Words(text);
        var lengthNorm = K1 * (1 - B + B * tokens.Count / averageLength);
        var score = 0.0;
        foreach (var (words, prefix, idf) in phrases)
        {
            var frequency = SearchText.Occurrences(tokens, words, prefix);
            score += idf * frequency * (K1 + 1) / (frequency + lengthNorm);
        }
        return score;
    }

    /// <summary>FTS5's inverse document frequency, never below a millionth (a word in most records still counts a little).</summary>
    public static double Idf(double rows, double matches)
    {
        var idf = Math.Log((rows - matches + 0.5) / (matches + 0.5));
        return idf > 0 ? idf : 1e-6;
    }
}
