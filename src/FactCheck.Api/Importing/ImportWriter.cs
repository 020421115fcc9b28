using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Stores the reviews found in a document, reusing what is already there: claimants by sameAs link then normalised name,
/// sources by URL, claims by normalised statement and claimant, reviews by URL. Reviews are saved in batches of
/// <see cref="BatchSize"/> (one transaction, lookups for the whole batch at once); a batch the database refuses is saved
/// again one review at a time, so one that fails never takes the others with it. Nothing is kept per review once its
/// batch is saved, so memory does not grow with the document.
/// </summary>
public sealed partial class ImportWriter(FactCheckDb db, int batchSize = ImportWriter.BatchSize)
{
    /// <summary>Whether insert-only batches may be written on a second connection (see ImportWriter.Pipeline.cs).</summary>
    private readonly bool pipeline = ImportSideWriter.Possible(db);

    /// <summary>Stands in for the claimant when a review does not name one (common in feeds of viral posts).</summary>
    public const string UnknownClaimant = "Unknown claimant";

    /// <summary>Large enough to amortise a transaction and a few IN (...) lookups; small enough to redo one by one.</summary>
    public const int BatchSize = 500;

    private readonly List<ImportCandidate> pending = [];
    private readonly ImportResponse report = ImportResponse.Empty(0);
    private Dictionary<string, EvidenceStatus>? mappings;

    /// <summary>Reviews handed in so far.</summary>
    public int Reviews { get; private set; }

    public async Task<ImportResponse> ImportAsync(IEnumerable<ImportCandidate> candidates, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates)
        {
            await AddAsync(candidate, cancellationToken);
        }
        return await FinishAsync(cancellationToken);
    }

    public async Task AddAsync(ImportCandidate candidate, CancellationToken cancellationToken)
    {
        Reviews++;
        pending.Add(candidate);
        if (pending.Count >= batchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Saves what is pending and answers the report of everything handed in.</summary>
    public async Task<ImportResponse> FinishAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await SettleAsync(cancellationToken);
        return report with { Reviews = Reviews };
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }
        mappings ??= await db.RatingMappings.AsNoTracking().ToDictionaryAsync(m => m.Label, m => m.Status, ct);
        List<ImportCandidate> batch = [.. pending];
        pending.Clear();
        try
        {
            await SaveBatchAsync(batch, ct);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            Forget();
            foreach (var candidate in batch)
            {
                await SaveAloneAsync(candidate, ct);
            }
        }
        catch (DbUpdateException e)
        {
            Forget();
            report.Reject(new ImportRejection(batch[0].Index, "It could not be stored: " + e.GetBaseException().Message));
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>One review in a batch of its own, written at once: how a batch the database refused is saved again.</summary>
    private async Task SaveAloneAsync(ImportCandidate candidate, CancellationToken ct)
    {
        try
        {
            await SaveBatchAsync([candidate], ct, aside: false);
        }
        catch (DbUpdateException e)
        {
            Forget();
            report.Reject(new ImportRejection(candidate.Index, "It could not be stored: " + e.GetBaseException().Message));
        }
    }

    /// <summary>After a failed save: nothing tracked or cached may stand for a row that was never written.</summary>
    private void Forget()
    {
        db.ChangeTracker.Clear();
        actors = null;
    }

    private static void Count(ImportCounts counts, bool changed)
    {
        if (changed)
        {
            counts.Updated++;
        }
        else
        {
            counts.Unchanged++;
        }
    }
}
