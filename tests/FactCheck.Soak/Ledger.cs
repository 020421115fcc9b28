using System.Collections.Concurrent;

namespace FactCheck.Soak;

internal enum WriteKind { Claim, Rebuttal, Evidence, Review, StatusChange }

/// <summary>
/// A create the server acknowledged (201 with Location). <paramref name="Word"/> is a word nothing else contains, so a
/// search for it must find this record; <paramref name="Status"/> is the evidence status a status change set.
/// </summary>
internal sealed record AckedWrite(WriteKind Kind, Guid Id, Guid ClaimId, string Location, string? Word = null, string? Status = null);

/// <summary>What the server promised: every acknowledged create, and what this run deleted since.</summary>
internal sealed class Ledger
{
    private readonly ConcurrentQueue<AckedWrite> acked = new();
    private readonly ConcurrentDictionary<Guid, bool> deleted = new();

    public IReadOnlyCollection<AckedWrite> Acked => acked;

    public void Acknowledge(AckedWrite write) => acked.Enqueue(write);

    /// <summary>A 204, or a DELETE that got no answer (it may or may not have happened).</summary>
    public void MarkDeleted(Guid id) => deleted[id] = true;

    /// <summary>The record, or the claim it belongs to, was deleted by this run: a 404 is its right answer.</summary>
    public bool MayBeGone(AckedWrite write) => deleted.ContainsKey(write.Id) || deleted.ContainsKey(write.ClaimId);

    public int DeletedCount => deleted.Count;
}
