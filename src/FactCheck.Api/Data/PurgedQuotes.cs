using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Data;

/// <summary>
/// A purge also takes back what other records quote of the purged ones: the status a review's rating set names the review
/// (its rating, publisher and URL) in its rationale, kept on the status change, on the claim and in the claim's history; and
/// the reports of import jobs name the URLs of sources they left out. Those quotes are rewritten in the purge's transaction,
/// and the URLs returned so that stored <c>Idempotency-Key</c> answers quoting them are forgotten too.
/// </summary>
internal static class PurgedQuotes
{
    /// <summary>What a rationale that named a purged review says instead: that a review set it, not which.</summary>
    public const string ReviewRationale = "Set by the rating of a review that has since been purged.";

    /// <summary>The text a job report shows where it named a purged record's URL.</summary>
    public const string PurgedUrl = "(purged)";

    /// <summary>Rewrites the quotes of <paramref name="purged"/> and answers the URLs that were theirs.</summary>
    public static async Task<IReadOnlyList<string>> ForgetAsync(FactCheckDb db, IReadOnlyList<Entity> purged, CancellationToken cancellationToken)
    {
        var reviews = purged.OfType<Reviews.Review>().ToList();
        await ForgetReviewRationalesAsync(db, [.. reviews.Select(r => r.Id)], cancellationToken);
        List<string> urls = [.. reviews.Select(r => r.Url), .. purged.OfType<Sources.Source>().SelectMany(s => new[] { s.Url, s.ArchiveUrl }).OfType<string>()];
        foreach (var url in urls.Distinct())
        {
            await ForgetInJobsAsync(db, url, cancellationToken);
        }
        return urls;
    }

    /// <summary>The forms a text takes inside stored JSON: as written, and as the serializer escapes it (<c>&amp;</c>, <c>+</c>, …).</summary>
    public static IEnumerable<string> StoredForms(string text)
    {
        var escaped = JsonSerializer.Serialize(text, ApiJson.Options)[1..^1];
        return escaped == text ? [text] : [text, escaped];
    }

    private static async Task ForgetReviewRationalesAsync(FactCheckDb db, List<Guid> reviewIds, CancellationToken cancellationToken)
    {
        if (reviewIds.Count == 0)
        {
            return;
        }
        // Status changes of a claim purged with the review are already gone; the rest stay, with the quote taken out.
        var changes = await db.StatusChanges.Where(s => s.ReviewId != null && reviewIds.Contains(s.ReviewId.Value))
            .Select(s => new { s.ClaimId, s.Rationale }).ToListAsync(cancellationToken);
        foreach (var claim in changes.GroupBy(c => c.ClaimId))
        {
            var rationales = claim.Select(c => c.Rationale).ToHashSet(StringComparer.Ordinal);
            await db.StatusChanges.Where(s => s.ClaimId == claim.Key && s.ReviewId != null && reviewIds.Contains(s.ReviewId.Value))
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Rationale, ReviewRationale), cancellationToken);
            // Past the change tracker, so the rewrite is not itself recorded as a change quoting the old text.
            await db.Claims.IgnoreQueryFilters().Where(c => c.Id == claim.Key && c.StatusRationale != null && rationales.Contains(c.StatusRationale))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.StatusRationale, ReviewRationale), cancellationToken);
            await ForgetInClaimHistoryAsync(db, claim.Key, rationales, cancellationToken);
        }
    }

    /// <summary>Replaces the rationales in the claim's own history entries (field <c>statusRationale</c>, before and after).</summary>
    private static async Task ForgetInClaimHistoryAsync(FactCheckDb db, Guid claimId, HashSet<string> rationales, CancellationToken cancellationToken)
    {
        var entries = await db.History.Where(h => h.EntityType == "claim" && h.EntityId == claimId)
            .Select(h => new { h.Id, h.Changes }).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            if (JsonNode.Parse(entry.Changes) is not JsonArray changes)
            {
                continue;
            }
            var rewritten = false;
            foreach (var change in changes.OfType<JsonObject>().Where(c => (string?)c["field"] == "statusRationale"))
            {
                foreach (var side in new[] { "before", "after" })
                {
                    if (change[side] is JsonValue value && value.TryGetValue<string>(out var text) && rationales.Contains(text))
                    {
                        change[side] = ReviewRationale;
                        rewritten = true;
                    }
                }
            }
            if (rewritten)
            {
                var json = changes.ToJsonString(ApiJson.Options);
                await db.History.Where(h => h.Id == entry.Id).ExecuteUpdateAsync(set => set.SetProperty(h => h.Changes, json), cancellationToken);
            }
        }
    }

    /// <summary>Takes a purged URL out of the reports and errors of import jobs (a note on a left-out source names it).</summary>
    private static async Task ForgetInJobsAsync(FactCheckDb db, string url, CancellationToken cancellationToken)
    {
        foreach (var form in StoredForms(url))
        {
            var jobs = await db.ImportJobs.Where(j => (j.Report != null && j.Report.Contains(form)) || (j.Error != null && j.Error.Contains(form)))
                .ToListAsync(cancellationToken);
            foreach (var job in jobs)
            {
                job.Report = job.Report?.Replace(form, PurgedUrl, StringComparison.Ordinal);
                job.Error = job.Error?.Replace(form, PurgedUrl, StringComparison.Ordinal);
            }
        }
    }
}
