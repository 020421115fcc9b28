using System.Collections.Frozen;

namespace FactCheck.Api.Matching;

/// <summary>
/// Stopwords of the languages claims are most often recorded in, Snowball's lists (Matching/Stopwords/*.txt, embedded).
/// A text is read with the stopwords of its language: a claim's own <c>language</c>, a match request's <c>language</c>;
/// without one, the language its stopwords point to. Only one language's list applies: "war" is a German stopword
/// and an English noun.
/// </summary>
public static class Stopwords
{
    /// <summary>The languages with a list; the first is the default, which a text is read in unless its stopwords clearly say otherwise.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "es", "fr", "de", "pt", "it", "ru"];

    private static readonly FrozenDictionary<string, FrozenSet<string>> Lists =
        Languages.ToFrozenDictionary(language => language, Load, StringComparer.Ordinal);

    /// <summary>Each stopword with the languages whose list has it.</summary>
    private static readonly FrozenDictionary<string, string[]> LanguagesOf = Lists
        .SelectMany(list => list.Value.Select(word => (Word: word, Language: list.Key)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Language).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The stopwords to leave out of <paramref name="words"/>: those of <paramref name="language"/> (its primary subtag:
    /// "es-MX" reads as "es"; none for a language without a list), or, with no language, of <see cref="Detect"/>'s.
    /// </summary>
    public static IReadOnlySet<string> For(string? language, IReadOnlyList<string> words)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return Lists[Detect(words)];
        }
        var primary = language.Split('-', 2)[0].ToLowerInvariant();
        return Lists.TryGetValue(primary, out var list) ? list : FrozenSet<string>.Empty;
    }

    /// <summary>
    /// The language whose stopwords weigh most in <paramref name="words"/>: each stopword counts 1 shared among the
    /// lists that have it ("de" is Spanish, French and Portuguese: a third each). The default language starts with 1,
    /// so a short text is read in another language only when that language's stopwords outweigh it by more than one
    /// word: "Nuclear war in Europe" stays English, "Der Krieg war in Europa" is German.
    /// </summary>
    public static string Detect(IEnumerable<string> words)
    {
        var weights = Languages.ToDictionary(l => l, l => l == Languages[0] ? 1.0 : 0.0, StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (LanguagesOf.TryGetValue(word, out var languages))
            {
                foreach (var language in languages)
                {
                    weights[language] += 1.0 / languages.Length;
                }
            }
        }
        // Ties go to the earlier language of the list, the default first.
        return Languages.Aggregate((best, next) => weights[next] > weights[best] ? next : best);
    }

    private static FrozenSet<string> Load(string language)
    {
        using var stream = typeof(Stopwords).Assembly.GetManifestResourceStream($"Stopwords.{language}")
            ?? throw new InvalidOperationException($"The stopword list '{language}' is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                // Normalised as claim text is, so "él" and "está" meet the words "el" and "esta" of a text.
                words.UnionWith(TextStems.Words(line));
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
