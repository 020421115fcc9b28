using FactCheck.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Batches that only insert are written by <see cref="ImportSideWriter"/> while the next batch is looked up and applied.
/// A batch whose lookups touch what is still being written waits for it first, so it finds those records as if saved.
/// A write the database refuses is settled before anything else: its reviews are saved again one at a time, and a batch
/// prepared meanwhile (against records that were never written) is prepared again.
/// </summary>
public sealed partial class ImportWriter : IAsyncDisposable
{
    private sealed record InFlight(Task Write, List<ImportCandidate> Candidates, ImportResponse Result, HashSet<string> Keys);

    private InFlight? inFlight;
    private ImportSideWriter? side;

    /// <summary>The keys a batch is looked up by: review URLs, source URLs, statement keys.</summary>
    private static HashSet<string> KeysOf(List<ImportItem> items) =>
    [
        .. items.Select(i => "r " + i.ReviewUrl),
        .. items.SelectMany(i => i.Appearances.Select(a => "s " + a.Url)),
        .. items.Select(i => "c " + Claims.StatementKey.Of(i.ClaimText)),
    ];

    /// <summary>Waits for the write in flight; false when it was refused (its reviews have then been saved one by one).</summary>
    private async Task<bool> SettleAsync(CancellationToken ct)
    {
        if (inFlight is not { } flight)
        {
            return true;
        }
        inFlight = null;
        try
        {
            await flight.Write;
            report.Add(flight.Result);
            return true;
        }
        catch (DbUpdateException)
        {
            Forget();
            foreach (var candidate in flight.Candidates)
            {
                await SaveAloneAsync(candidate, ct);
            }
            return false;
        }
    }

    /// <summary>Hands an insert-only batch, recorded and stamped, to the side writer. False when it must be saved again.</summary>
    private async Task<bool> WriteAsideAsync(List<ImportCandidate> batch, List<ImportItem> items, ImportResponse result, CancellationToken ct)
    {
        var rows = BulkRows.Take(db);
        db.ChangeTracker.Clear();
        if (!await SettleAsync(ct))
        {
            return false;
        }
        side ??= await ImportSideWriter.OpenAsync(db, ct);
        inFlight = new InFlight(side.WriteAsync(rows), batch, result, KeysOf(items));
        return true;
    }

    private bool CanWriteAside(IReadOnlyList<Guid> touched) => pipeline && touched.Count == 0
        && db.ChangeTracker.Entries().All(e => e.State is EntityState.Added or EntityState.Unchanged);

    public async ValueTask DisposeAsync()
    {
        if (inFlight is { } flight)
        {
            // Left by an import that stopped (cancelled): the write ends on its own; its outcome no longer matters.
            await flight.Write.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        if (side is not null)
        {
            await side.DisposeAsync();
        }
    }
}
