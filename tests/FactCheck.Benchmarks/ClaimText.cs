namespace FactCheck.Benchmarks;

/// <summary>
/// Statements with a Zipf-shaped vocabulary, as natural text has: a few words in most rows, a long tail of words in very
/// few. The search terms are picked by rank, so their share of the rows is the same at every size.
/// </summary>
internal sealed class ClaimText
{
    private static readonly string[] Common =
    [
        "government", "said", "people", "million", "country", "president", "new", "election", "vaccine", "war",
        "minister", "police", "public", "health", "money", "border", "report", "year", "state", "workers",
        "percent", "tax", "military", "children", "election", "law", "court", "oil", "prices", "crime",
        "climate", "schools", "jobs", "doctors", "ukraine", "russia", "europe", "america", "china", "africa",
        "budget", "hospital", "energy", "water", "weapons", "chemical", "laboratory", "soldiers", "contractors", "fraud",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ver", "tan", "so", "ri", "bel", "dor", "un", "fa", "ne", "pol", "qui", "sar", "te", "vin", "zo", "gra", "hel",
    ];

    /// <summary>In roughly two rows of three.</summary>
    public const int CommonRank = 0;

    /// <summary>In roughly one row in a hundred.</summary>
    public const int MidRank = 125;

    /// <summary>In roughly one row in twenty thousand.</summary>
    public const int RareRank = 24_000;

    private readonly string[] words;
    private readonly double[] cumulative;

    public ClaimText(int vocabulary = 50_000)
    {
        words = [.. Common.Concat(PseudoWords()).Distinct().Take(vocabulary)];
        cumulative = new double[words.Length];
        var sum = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (var rank = 0; rank < words.Length; rank++)
        {
            cumulative[rank] /= sum;
        }
    }

    public string Word(int rank) => words[rank];

    public string Sentence(Random random, int minWords, int maxWords)
    {
        var count = random.Next(minWords, maxWords + 1);
        var picked = new string[count];
        for (var i = 0; i < count; i++)
        {
            picked[i] = words[Rank(random.NextDouble())];
        }
        picked[0] = char.ToUpperInvariant(picked[0][0]) + picked[0][1..];
        return string.Join(' ', picked) + ".";
    }

    private int Rank(double u)
    {
        var at = Array.BinarySearch(cumulative, u);
        return Math.Min(at >= 0 ? at : ~at, words.Length - 1);
    }

    // Letters only, distinct, never a real word of the list above: "kalo", "kami", ...
    private static IEnumerable<string> PseudoWords()
    {
        for (var i = 0; ; i++)
        {
            var n = i;
            var word = "";
            do
            {
                word += Syllables[n % Syllables.Length];
                n /= Syllables.Length;
            }
            while (n > 0);
            if (word.Length >= 4)
            {
                yield return word + Syllables[i % 7];
            }
        }
    }
}
