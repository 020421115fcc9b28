using System.Globalization;
using FactCheck.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>
/// The labels of stored reviews that no mapping knows, counted from the reviews themselves (their indexed
/// <see cref="RatingKeys"/>) rather than recorded as imports meet them: a count is never stale, a deleted review or one of a
/// deleted claim is not counted, and a purged review, whose row is gone, can never be the sample. Ordered by how many reviews
/// carry the label, most first, then by label; paged by that pair.
/// </summary>
public static class UnmappedRatings
{
    public const string Sort = "unmapped";
    private const int PublishersListed = 10;

    public static async Task<Page<UnmappedLabelResponse>> PageAsync(FactCheckDb db, CursorCodec cursors, UnmappedRatingsQuery query, HttpContext http)
    {
        var ct = http.RequestAborted;
        var limit = CursorCodec.LimitOf(query);
        var (afterCount, afterLabel) = cursors.TryDecode(query.Cursor, Sort, out var position) ? Parse(position!.Key) : (int.MaxValue, "");
        var unmapped = await UnmappedKeysAsync(db, ct);
        var labels = db.Reviews
            // One JSON parameter (json_each), not one SQL parameter per key: there may be more keys than SQLite takes parameters.
            .Where(r => EF.Parameter(unmapped).Contains(EF.Property<string>(r, RatingKeys.Property)) && db.Claims.Any(c => c.Id == r.ClaimId))
            .GroupBy(r => EF.Property<string>(r, RatingKeys.Property))
            .Select(g => new
            {
                Label = g.Key,
                Reviews = g.Count(),
                // RatingScale.Of, in SQL.
                ByNumber = g.Count(r => r.RatingValue != null && (r.BestRating ?? RatingScale.DefaultBest) > (r.WorstRating ?? RatingScale.DefaultWorst)
                    && r.RatingValue >= (r.WorstRating ?? RatingScale.DefaultWorst) && r.RatingValue <= (r.BestRating ?? RatingScale.DefaultBest)),
                First = g.Min(r => r.CreatedAt),
                Last = g.Max(r => r.CreatedAt),
                LastReview = g.Max(r => r.Id), // ids are UUIDv7: the greatest is the newest
            });
        var rows = await labels
            .Where(l => l.Reviews < afterCount || l.Reviews == afterCount && string.Compare(l.Label, afterLabel) > 0)
            .OrderByDescending(l => l.Reviews).ThenBy(l => l.Label).Take(limit + 1).ToListAsync(ct);
        var onPage = rows.Take(limit).Select(r => r.Label).ToList();
        var lastReviews = rows.Take(limit).Select(r => r.LastReview).ToList();
        var samples = await db.Reviews.AsNoTracking().Where(r => lastReviews.Contains(r.Id))
            .Join(db.Claims, r => r.ClaimId, c => c.Id, (r, c) => new
            {
                Label = EF.Property<string>(r, RatingKeys.Property),
                Sample = new UnmappedLabelSample(c.Id, c.Statement, c.EvidenceStatus, r.Id, r.TextualRating, r.PublisherName, r.Url),
            })
            .ToDictionaryAsync(x => x.Label, x => x.Sample, StringComparer.Ordinal, ct);
        var publishers = (await db.Reviews.Where(r => onPage.Contains(EF.Property<string>(r, RatingKeys.Property)) && db.Claims.Any(c => c.Id == r.ClaimId))
                .Select(r => new { Label = EF.Property<string>(r, RatingKeys.Property), r.PublisherName }).Distinct().ToListAsync(ct))
            .GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.Select(p => p.PublisherName).Order(StringComparer.Ordinal).Take(PublishersListed).ToList());
        var page = cursors.ToPage(http, rows, limit,
            r => new CursorPosition(Sort, $"{r.Reviews.ToString(CultureInfo.InvariantCulture)}:{r.Label}", Guid.Empty),
            r => samples.TryGetValue(r.Label, out var sample)
                ? new UnmappedLabelResponse(r.Label, r.Reviews, r.ByNumber, r.First, r.Last, publishers.GetValueOrDefault(r.Label) ?? [], sample)
                : null);
        // A label whose last review was deleted while the page was read is left out of it (the cursor still moves past it).
        return new Page<UnmappedLabelResponse>([.. page.Items.OfType<UnmappedLabelResponse>()], page.NextCursor);
    }

    /// <summary>
    /// The keys no mapping knows, found from the (key, claim) index alone and checked against the mappings once each (not once per
    /// review), so that only the reviews of these keys are read to be counted, however many reviews the mapped labels have.
    /// </summary>
    private static async Task<List<string>> UnmappedKeysAsync(FactCheckDb db, CancellationToken ct)
    {
        var mapped = new HashSet<string>(await db.RatingMappings.Select(m => m.Label).ToListAsync(ct), StringComparer.Ordinal);
        mapped.UnionWith(RatingVerdict.OwnLabels);
        var keys = await db.Reviews.IgnoreQueryFilters().Select(r => EF.Property<string?>(r, RatingKeys.Property)).Where(k => k != null)
            .Distinct().ToListAsync(ct);
        return [.. keys.OfType<string>().Where(k => !mapped.Contains(k))];
    }

    private static (int Count, string Label) Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(key.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (count, key[(colon + 1)..]) : (int.MaxValue, "");
    }
}

/// <summary>The query of <c>GET /rating-mappings/unmapped</c>: a page of it.</summary>
public sealed record UnmappedRatingsQuery(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "limit")] int? Limit,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "cursor")] string? Cursor) : IPageQuery;

internal sealed class UnmappedRatingsQueryValidator(CursorCodec cursors) : PageQueryValidator<UnmappedRatingsQuery>(cursors, UnmappedRatings.Sort);
