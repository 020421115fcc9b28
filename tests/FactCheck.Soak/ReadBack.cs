namespace FactCheck.Soak;

/// <summary>Every acknowledged create, read back at its Location: 200, or 404 when this run deleted it (or its claim).</summary>
internal sealed record ReadBack(int Checked, int Present, int GoneByDelete, IReadOnlyList<string> Lost, IReadOnlyDictionary<WriteKind, int> ByKind)
{
    public static async Task<ReadBack> CheckAsync(SoakClient client, Ledger ledger, IReadOnlyCollection<AckedWrite> writes)
    {
        int present = 0, gone = 0;
        var lost = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (write, _) =>
        {
            var answer = await client.GetAsync("read back " + write.Kind.ToString().ToLowerInvariant(), write.Location);
            if (answer.Status == 200 && answer.Body?["id"]?.GetValue<string>() == write.Id.ToString())
            {
                Interlocked.Increment(ref present);
            }
            else if (answer.Status == 404 && ledger.MayBeGone(write))
            {
                Interlocked.Increment(ref gone);
            }
            else
            {
                lost.Enqueue($"{write.Kind} {write.Location}: {answer.Status}");
            }
        });
        return new ReadBack(writes.Count, present, gone, [.. lost], writes.GroupBy(w => w.Kind).ToDictionary(g => g.Key, g => g.Count()));
    }
}
