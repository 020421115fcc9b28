using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using FactCheck.Api.Sources;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Stores the reviews found in a document, reusing what is already there: claimants by sameAs link then normalised name,
/// sources by URL, claims by normalised statement and claimant, reviews by URL. Each review is saved on its own, so one
/// that fails never takes the others with it.
/// </summary>
public sealed partial class ImportWriter(FactCheckDb db)
{
    /// <summary>Stands in for the claimant when a review does not name one (common in feeds of viral posts).</summary>
    public const string UnknownClaimant = "Unknown claimant";

    public async Task<ImportResponse> ImportAsync(IReadOnlyList<ImportCandidate> candidates, CancellationToken cancellationToken)
    {
        var report = ImportResponse.Empty(candidates.Count);
        var mappings = await db.RatingMappings.AsNoTracking().ToDictionaryAsync(m => m.Label, m => m.Status, cancellationToken);
        foreach (var candidate in candidates)
        {
            if (candidate.Item is not { } item)
            {
                report.Rejected.Add(new ImportRejection(candidate.Index, candidate.Rejection!));
                continue;
            }
            try
            {
                await ImportOneAsync(candidate.Index, item, mappings, report, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or ImportException)
            {
                db.ChangeTracker.Clear();
                actors = null;
                report.Rejected.Add(new ImportRejection(candidate.Index, e is ImportException ? e.Message : "It could not be stored: " + e.GetBaseException().Message));
            }
        }
        return report;
    }

    private async Task ImportOneAsync(int index, ImportItem item, Dictionary<string, EvidenceStatus> mappings, ImportResponse report, CancellationToken ct)
    {
        var madeAt = item.ClaimDate ?? item.ReviewDate ?? throw new ImportException("Neither the claim nor the review has a date.");
        var claimant = await ClaimantAsync(item, report.Counts["claimants"], ct);
        var sources = new List<Guid>();
        foreach (var (url, headline) in item.Appearances)
        {
            sources.Add(await SourceAsync(url, headline, report.Counts["sources"], ct));
        }
        var claim = await ClaimAsync(item, claimant, madeAt, sources, report.Counts["claims"], ct);
        var review = await db.Reviews.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Url == item.ReviewUrl, ct);
        var request = new ReviewRequest(new ReviewPublisher(item.PublisherName, item.PublisherUrl), item.ReviewUrl, item.TextualRating, item.Title,
            item.ReviewDate is { } at ? new DateTimeOffset(at) : null, item.Language, item.RatingValue, item.BestRating, item.WorstRating);
        if (review is null)
        {
            review = new Review { ClaimId = claim.Id, PublisherName = "", Url = item.ReviewUrl, TextualRating = "" };
            review.Apply(request);
            db.Reviews.Add(review);
            report.Counts["reviews"].Created++;
        }
        else
        {
            review.Apply(request);
            review.ClaimId = claim.Id;
            Count(report.Counts["reviews"], HasChanged(review));
        }
        var status = MapRating(item.TextualRating, mappings);
        if (status is null)
        {
            report.UnmappedRatings.Add(new UnmappedRating(index, item.TextualRating));
        }
        else if (claim.EvidenceStatus == EvidenceStatus.Unverified && status != EvidenceStatus.Unverified)
        {
            var rationale = $"Imported: rated \"{item.TextualRating}\" by {item.PublisherName} ({item.ReviewUrl}).";
            db.StatusChanges.Add(claim.ChangeStatus(status.Value, JsonLd.Clip(rationale, Rules.StatementMaxLength), db.Now, db.Editor.Name));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Our own status words first ("Refuted", as our ClaimReview documents say), then the mapping table.</summary>
    public static EvidenceStatus? MapRating(string textualRating, IReadOnlyDictionary<string, EvidenceStatus> mappings)
    {
        var label = RatingLabels.Normalise(textualRating);
        return Vocabulary.TryParse<EvidenceStatus>(label.Replace(' ', '_'), out var own) ? own
            : mappings.TryGetValue(label, out var mapped) ? mapped : null;
    }

    private bool HasChanged(object entity) => db.Entry(entity).Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue));

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

    private async Task<Claim> ClaimAsync(ImportItem item, Guid claimantId, DateTime madeAt, List<Guid> sources, ImportCounts counts, CancellationToken ct)
    {
        var statement = RatingLabels.Normalise(item.ClaimText);
        var candidates = await db.Claims.Include(c => c.Appearances).Where(c => c.ClaimantId == claimantId).ToListAsync(ct);
        var claim = candidates.Find(c => RatingLabels.Normalise(c.Statement) == statement);
        if (claim is null)
        {
            claim = new Claim { Statement = item.ClaimText, ClaimantId = claimantId, MadeAt = madeAt, Language = item.Language };
            claim.SetAppearances(sources);
            db.Claims.Add(claim);
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
