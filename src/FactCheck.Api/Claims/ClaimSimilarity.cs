using System.Globalization;
using System.Text;

namespace FactCheck.Api.Claims;

/// <summary>
/// A crude, predictable text similarity for finding a claim said again in other words: normalized word stems
/// (lower case, no diacritics, no stopwords, common suffixes cut, a few synonyms folded) compared by cosine.
/// </summary>
public static class ClaimSimilarity
{
    private static readonly HashSet<string> Stopwords =
    [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "into", "on", "at", "by", "for", "from", "with", "about", "as",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "has", "have", "had",
        "will", "would", "can", "could", "not", "no", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "said", "says",
    ];

    // Folded before stemming, so "American" and "U.S." meet "US".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["american"] = "us", ["americans"] = "us", ["usa"] = "us", ["america"] = "us", ["russian"] = "russia", ["ukrainian"] = "ukraine",
    };

    public static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text.Replace("U.S.", "US", StringComparison.OrdinalIgnoreCase)))
        {
            var folded = Synonyms.GetValueOrDefault(word, word);
            if (!Stopwords.Contains(folded))
            {
                stems.Add(Stem(folded));
            }
        }
        return stems;
    }

    /// <summary>Cosine of the two stem sets: 1 when equal, 0 when nothing is shared.</summary>
    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / Math.Sqrt(a.Count * (double)b.Count);

    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s", "e" })
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }
        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}
