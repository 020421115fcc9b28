using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>One batch: everything it may reuse is looked up at once, then each review is applied in document order.</summary>
public sealed partial class ImportWriter
{
    /// <summary>
    /// The records of one batch by the keys imports match on, whether found or made in this batch, so a later review of
    /// the batch sees what an earlier one did exactly as if it had been saved. Dropped with the batch.
    /// </summary>
    /// <param name="DeletedSources">URLs of deleted sources: a deleted source keeps its URL, and no import links to it.</param>
    /// <param name="DeletedClaims">The deleted claims some looked-up review belongs to: such a review is as hidden as they are.</param>
    private sealed record BatchState(
        Dictionary<string, Review> Reviews,
        Dictionary<string, Guid> Sources,
        Dictionary<(Guid ClaimantId, string Key), Claim> Claims,
        HashSet<string> DeletedSources,
        HashSet<Guid> DeletedClaims,
        HashSet<Guid> UnverifiedByHand)
    {
        /// <summary>What each review met in this batch was last set to, to tell a repeat from a change.</summary>
        public Dictionary<string, (ReviewRequest Request, Guid ClaimId)> Applied { get; } = [];
    }

    /// <summary>Looks up, applies and records a batch, then writes it (aside when it only inserts and <paramref name="aside"/>).</summary>
    private async Task SaveBatchAsync(List<ImportCandidate> batch, CancellationToken ct, bool aside = true)
    {
        var result = ImportResponse.Empty(0);
        var items = batch.Select(c => c.Item).OfType<ImportItem>().ToList();
        if (inFlight is { } flight && KeysOf(items).Overlaps(flight.Keys))
        {
            await SettleAsync(ct);
        }
        var state = await LookUpAsync(items, ct);
        foreach (var candidate in batch)
        {
            try
            {
                Apply(candidate.Index, candidate.Item ?? throw new ImportException(candidate.Rejection!), state, result);
            }
            catch (ImportException e)
            {
                result.Reject(new ImportRejection(candidate.Index, e.Message));
            }
        }
        var touched = await db.RecordChangesAsync(ct);
        if (aside && CanWriteAside(touched))
        {
            if (!await WriteAsideAsync(batch, items, result, ct))
            {
                // Prepared against records of a refused write: prepare it again from what the database holds.
                await SaveBatchAsync(batch, ct, aside: false);
            }
            return;
        }
        if (inFlight is { } previous && !await previous.Write.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default))
        {
            // The write before this batch was refused: it is saved again review by review on this context (so this
            // batch's changes are dropped first), then this batch, prepared against records never written, again.
            db.ChangeTracker.Clear();
            await SettleAsync(ct);
            await SaveBatchAsync(batch, ct, aside: false);
            return;
        }
        await SettleAsync(ct);
        await db.WriteRecordedAsync(touched, bulk: true, cancellationToken: ct);
        db.ChangeTracker.Clear();
        report.Add(result);
    }

    private void Apply(int index, ImportItem item, BatchState state, ImportResponse result)
    {
        // Everything that can refuse the review is checked before anything is made for it.
        state.Reviews.TryGetValue(item.ReviewUrl, out var review);
        if (review?.DeletedAt is not null)
        {
            throw new ImportException("The review at this URL is deleted; restore it to import it again.");
        }
        if (review is not null && state.DeletedClaims.Contains(review.ClaimId))
        {
            throw new ImportException("The review at this URL belongs to a deleted claim; restore the claim to import it again.");
        }
        var known = KnownClaimant(item) is { } claimantId && state.Claims.ContainsKey((claimantId, StatementKey.Of(item.ClaimText)));
        if (!known && item.ClaimDate is null && item.ReviewDate is null)
        {
            throw new ImportException("Neither the claim nor the review has a date, and the claim is not known yet.");
        }
        var claimant = Claimant(item, result.Counts["claimants"]);
        var claim = Claim(item, claimant, Appearances(index, item, state, result), state, result.Counts["claims"]);
        var request = new ReviewRequest(new ReviewPublisher(item.PublisherName, item.PublisherUrl), item.ReviewUrl, item.TextualRating, item.Title,
            item.ReviewDate is { } at ? new DateTimeOffset(at) : null, item.Language, item.RatingValue, item.BestRating, item.WorstRating);
        var counts = result.Counts["reviews"];
        if (review is null)
        {
            review = new Review { ClaimId = claim.Id, PublisherName = "", Url = item.ReviewUrl, TextualRating = "" };
            review.Apply(request);
            db.Reviews.Add(review);
            state.Reviews[item.ReviewUrl] = review;
            counts.Created++;
        }
        else
        {
            var changed = state.Applied.TryGetValue(item.ReviewUrl, out var before) ? before != (request, claim.Id) : null as bool?;
            review.Apply(request);
            review.ClaimId = claim.Id;
            Count(counts, changed ?? HasChanged(review));
        }
        state.Applied[item.ReviewUrl] = (request, claim.Id);
        Verdict(index, item, claim, review, state, result);
    }

    /// <summary>
    /// Sets the status of a claim still unverified (and not set so by an editor) from the review's rating, and reports a rating
    /// found by number or not at all.
    /// </summary>
    private void Verdict(int index, ImportItem item, Claim claim, Review review, BatchState state, ImportResponse result)
    {
        var verdict = RatingVerdict.Of(item.TextualRating, item.RatingValue, item.BestRating, item.WorstRating, mappings!);
        if (verdict is null)
        {
            result.Unmapped(new UnmappedRating(index, item.TextualRating));
            return;
        }
        var scale = "";
        if (verdict.Scale is { } placed)
        {
            result.ByNumber(new NumericRating(index, item.TextualRating, placed.Value, placed.Worst, placed.Best, verdict.Status));
            scale = FormattableString.Invariant($" ({placed.Value} on a scale of {placed.Worst} to {placed.Best})");
        }
        if (claim.EvidenceStatus == EvidenceStatus.Unverified && !state.UnverifiedByHand.Contains(claim.Id) && verdict.Status != EvidenceStatus.Unverified)
        {
            var rationale = $"Imported: rated \"{item.TextualRating}\"{scale} by {item.PublisherName} ({item.ReviewUrl}).";
            db.StatusChanges.Add(claim.ChangeStatus(verdict.Status, JsonLd.Clip(rationale, Rules.StatementMaxLength), db.Now, db.Editor.Name,
                reviewId: review.Id));
        }
    }

    /// <summary>The sources of the review's appearances, found or made; one deleted is left out, with a note.</summary>
    private List<Guid> Appearances(int index, ImportItem item, BatchState state, ImportResponse result)
    {
        var sources = new List<Guid>();
        foreach (var (url, headline) in item.Appearances)
        {
            if (state.DeletedSources.Contains(url))
            {
                result.Note(new ImportNote(index, $"The appearance in {url} was left out: that source is deleted."));
                continue;
            }
            sources.Add(Source(url, headline, state, result.Counts["sources"]));
        }
        return sources;
    }

    private bool HasChanged(object entity)
    {
        var entry = db.Entry(entity);
        entry.DetectChanges(); // automatic detection is off for the import (see ImportSession)
        return entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue));
    }

    /// <summary>The claim the review is about, found by claimant and statement key, or made (Apply has checked it has a date).</summary>
    private Claim Claim(ImportItem item, Guid claimantId, List<Guid> sources, BatchState state, ImportCounts counts)
    {
        var key = (claimantId, StatementKey.Of(item.ClaimText));
        if (!state.Claims.TryGetValue(key, out var claim))
        {
            var madeAt = item.ClaimDate ?? item.ReviewDate!.Value;
            claim = new Claim { Statement = item.ClaimText, ClaimantId = claimantId, MadeAt = madeAt, Language = item.Language };
            claim.SetAppearances(sources);
            db.Claims.Add(claim);
            state.Claims[key] = claim;
            counts.Created++;
            return claim;
        }
        var missing = sources.Where(s => !claim.Appearances.Exists(a => a.SourceId == s)).ToList();
        if (missing.Count > 0)
        {
            claim.SetAppearances([.. claim.AppearanceIds(), .. missing]);
        }
        Count(counts, missing.Count > 0);
        return claim;
    }
}

