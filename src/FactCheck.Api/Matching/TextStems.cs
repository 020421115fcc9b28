using System.Globalization;
using System.Text;

namespace FactCheck.Api.Matching;

/// <summary>
/// A crude, predictable normalisation for finding a claim said again in other words: word stems (lower case, no
/// diacritics, no stopwords of the text's language, common suffixes cut, a few synonyms folded). Claims are indexed
/// and texts are matched through it, so both sides of a comparison are read alike.
/// </summary>
public static class TextStems
{
    // Folded after the stopword check, so "American" and "U.S." meet "US".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["american"] = "us", ["americans"] = "us", ["usa"] = "us", ["america"] = "us", ["russian"] = "russia", ["ukrainian"] = "ukraine",
    };

    /// <summary>The stems of <paramref name="text"/> read in <paramref name="language"/> (a BCP 47 tag; null: the text's stopwords tell).</summary>
    public static HashSet<string> Of(string text, string? language)
    {
        var words = Words(text.Replace("U.S.", "US", StringComparison.OrdinalIgnoreCase)).ToList();
        var stopwords = Stopwords.For(language, words);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (!stopwords.Contains(word))
            {
                stems.Add(Stem(Synonyms.GetValueOrDefault(word, word)));
            }
        }
        return stems;
    }

    /// <summary>Words as compared: letters and digits, lower case, diacritics dropped ("Ukraïna" is "ukraina").</summary>
    public static IEnumerable<string> Words(string text)
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
}
