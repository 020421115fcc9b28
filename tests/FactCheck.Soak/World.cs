namespace FactCheck.Soak;

/// <summary>What the workload knows of the database: the actors and sources to cite, and the claims it can read or change.</summary>
internal sealed class World
{
    private static readonly string[] Vocabulary =
    [
        "ukraine", "nato", "russia", "pentagon", "missiles", "troops", "border", "chemical", "contractors", "security",
        "talks", "invasion", "sanctions", "europe", "kremlin", "diplomats", "intelligence", "exercise", "weapons",
        "deployment", "minister", "briefing", "accusations", "unfounded", "reciprocal", "measures", "unfriendly",
        "alliance", "ceasefire", "donbas", "moscow", "washington", "satellite", "images", "buildup", "statement",
    ];

    public static readonly string[] Topics = ["ukraine", "nato", "chemical weapons", "security talks", "troops"];

    public static readonly string[] Statuses =
        ["unverified", "no_evidence_offered", "under_review", "unsubstantiated", "disputed", "refuted", "substantiated"];

    private readonly List<Guid> claims = [];
    private long words;

    public List<Guid> Actors { get; } = [];

    public List<Guid> Sources { get; } = [];

    public int ClaimCount
    {
        get
        {
            lock (claims)
            {
                return claims.Count;
            }
        }
    }

    public void AddClaim(Guid id)
    {
        lock (claims)
        {
            claims.Add(id);
        }
    }

    /// <summary>Mostly recent claims (where the writes are), sometimes any.</summary>
    public Guid AnyClaim(Random random)
    {
        lock (claims)
        {
            var recent = random.Next(3) == 0;
            var from = recent ? Math.Max(0, claims.Count - 200) : 0;
            return claims[random.Next(from, claims.Count)];
        }
    }

    public static string Word(Random random) => Vocabulary[random.Next(Vocabulary.Length)];

    /// <summary>A word no other record contains ("soak" and letters of a counter), so a search for it finds one record.</summary>
    public string UniqueWord(string prefix)
    {
        var n = Interlocked.Increment(ref words);
        var letters = new System.Text.StringBuilder(prefix);
        do
        {
            letters.Append((char)('a' + (int)(n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    public static string Sentence(Random random, int count, string unique) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)).Append(unique)) + ".";
}
