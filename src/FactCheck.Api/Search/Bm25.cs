using System.Globalization;
using System.Text;
using FactCheck.Api.Common;

namespace FactCheck.Api.Search;

/// <summary>
/// BM25 as FTS5's bm25() defines it (k1 = 1.2, b = 0.75; the score here is its negation, so higher is better), worked
/// out from each candidate's text. bm25() itself counts every match of every phrase to learn their frequencies, on each
/// call: tens of milliseconds for a word in most records, and again for every record looked up by rowid. Frequencies come
/// from <see cref="SearchStatistics"/> instead. Words are cut and folded as FTS5's unicode61 tokenizer does for the common
/// cases (letters, digits; lower case; Western European diacritics); where they disagree (rarer scripts), FTS5 still
/// decides what matches, and only the score is lower.
/// </summary>
internal sealed class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<(string[] Words, bool Prefix, double Idf)> phrases;
    private readonly double averageLength;

    public Bm25(IReadOnlyList<SearchPhrase> phrases, IReadOnlyList<double> documentFrequencies, IndexTotals totals)
    {
        this.phrases = [.. phrases.Select((p, i) => (Tokens(string.Join(' ', p.Words)).ToArray(), p.Prefix, Idf(totals.Rows, documentFrequencies[i])))];
        averageLength = totals.AverageLength > 0 ? totals.AverageLength : 1;
    }

    public double Score(string text)
    {
        var tokens = Tokens(text);
        var lengthNorm = K1 * (1 - B + B * tokens.Count / averageLength);
        var score = 0.0;
        foreach (var (words, prefix, idf) in phrases)
        {
            var frequency = Occurrences(tokens, words, prefix);
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

    private static int Occurrences(List<string> tokens, string[] words, bool prefix)
    {
        var count = 0;
        for (var start = 0; words.Length > 0 && start + words.Length <= tokens.Count; start++)
        {
            var at = 0;
            while (at < words.Length - 1 && tokens[start + at] == words[at])
            {
                at++;
            }
            var last = tokens[start + at];
            if (at == words.Length - 1 && (prefix ? last.StartsWith(words[at], StringComparison.Ordinal) : last == words[at]))
            {
                count++;
            }
        }
        return count;
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark)
            {
                continue; // a diacritic written apart from its letter: removed, as remove_diacritics does
            }
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse)
            {
                var lower = Rune.ToLowerInvariant(rune);
                if (lower.IsBmp)
                {
                    token.Append(Diacritics.Fold((char)lower.Value));
                }
                else
                {
                    token.Append(lower.ToString());
                }
            }
            else if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }
        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
        }
        return tokens;
    }
}
