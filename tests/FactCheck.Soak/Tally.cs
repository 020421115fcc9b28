using System.Collections.Concurrent;

namespace FactCheck.Soak;

/// <summary>Every answer of a phase, by operation and status code; a request that got no answer counts as status 0.</summary>
internal sealed class Tally
{
    private readonly ConcurrentDictionary<(string Operation, int Status), long> counts = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> serverErrors = new();

    public void Add(string operation, int status, double milliseconds, string method, string path)
    {
        counts.AddOrUpdate((operation, status), 1, (_, n) => n + 1);
        if (status > 0)
        {
            latencies.GetOrAdd(operation, _ => []).Add(milliseconds);
        }
        if (status >= 500 && serverErrors.Count < 20)
        {
            serverErrors.Enqueue($"{status} {method} {path}");
        }
    }

    public long Total => counts.Values.Sum();

    public long ServerErrors => counts.Where(c => c.Key.Status >= 500).Sum(c => c.Value);

    public long NoAnswer => counts.Where(c => c.Key.Status == 0).Sum(c => c.Value);

    public IReadOnlyCollection<string> ServerErrorSamples => serverErrors;

    public IReadOnlyList<string> Operations => [.. counts.Keys.Select(k => k.Operation).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyDictionary<int, long> ByStatus => counts.GroupBy(c => c.Key.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    public IReadOnlyDictionary<int, long> StatusesOf(string operation) =>
        counts.Where(c => c.Key.Operation == operation).OrderBy(c => c.Key.Status).ToDictionary(c => c.Key.Status, c => c.Value);

    /// <summary>The p-th percentile of the operation's answered requests, in milliseconds.</summary>
    public double Percentile(string operation, double p)
    {
        if (!latencies.TryGetValue(operation, out var bag) || bag.IsEmpty)
        {
            return 0;
        }
        var sorted = bag.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
