using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using FactCheck.Api.Sources;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>Finding what a batch may reuse, and finding or making the claimant and the sources of an imported review.</summary>
public sealed partial class ImportWriter
{
    private async Task<BatchState> LookUpAsync(List<ImportItem> items, CancellationToken ct)
    {
        await ClaimantsReadyAsync(ct);
        var reviewUrls = items.Select(i => i.ReviewUrl).Distinct().ToList();
        var sourceUrls = items.SelectMany(i => i.Appearances.Select(a => a.Url)).Distinct().ToList();
        var keys = items.Select(i => StatementKey.Of(i.ClaimText)).Distinct().ToList();
        var reviews = await db.Reviews.IgnoreQueryFilters().Where(r => reviewUrls.Contains(r.Url)).ToDictionaryAsync(r => r.Url, ct);
        var sources = await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => s.Url != null && sourceUrls.Contains(s.Url))
            .Select(s => new { Url = s.Url!, s.Id, Deleted = s.DeletedAt != null }).ToListAsync(ct);
        var reviewClaims = reviews.Values.Select(r => r.ClaimId).Distinct().ToList();
        var deletedClaims = reviewClaims.Count == 0 ? []
            : await db.Claims.IgnoreQueryFilters().Where(c => reviewClaims.Contains(c.Id) && c.DeletedAt != null).Select(c => c.Id).ToHashSetAsync(ct);
        var claims = new Dictionary<(Guid, string), Claim>();
        foreach (var claim in await db.Claims.Include(c => c.Appearances)
            .Where(c => keys.Contains(EF.Property<string>(c, StatementKey.Property))).ToListAsync(ct))
        {
            claims.TryAdd((claim.ClaimantId, StatementKey.Of(claim.Statement)), claim);
        }
        return new BatchState(reviews, sources.ToDictionary(s => s.Url, s => s.Id), claims,
            [.. sources.Where(s => s.Deleted).Select(s => s.Url)], deletedClaims, await UnverifiedByHandAsync(claims.Values, ct));
    }

    /// <summary>
    /// The unverified claims among <paramref name="claims"/> that an editor set so by hand (their latest status change names no
    /// review): a status an editor set is never the import's to overwrite, as a rating mapping leaves it too.
    /// </summary>
    private async Task<HashSet<Guid>> UnverifiedByHandAsync(IEnumerable<Claim> claims, CancellationToken ct)
    {
        var unverified = claims.Where(c => c.EvidenceStatus == EvidenceStatus.Unverified).Select(c => c.Id).ToList();
        if (unverified.Count == 0)
        {
            return [];
        }
        var changes = await db.StatusChanges.AsNoTracking().Where(s => unverified.Contains(s.ClaimId))
            .Select(s => new { s.Id, s.ClaimId, s.ReviewId }).ToListAsync(ct);
        return [.. changes.GroupBy(s => s.ClaimId).Where(g => g.MaxBy(s => s.Id)!.ReviewId is null).Select(g => g.Key)];
    }

    /// <summary>
    /// The actors by sameAs link and by normalised name, read once per import rather than once per review (actors are
    /// few next to reviews: a feed of 100,000 reviews names a few thousand claimants). Dropped when a save fails, as it
    /// may hold actors that were never written.
    /// </summary>
    private (Dictionary<string, Guid> ByLink, Dictionary<string, Guid> ByName)? actors;

    private async Task ClaimantsReadyAsync(CancellationToken ct)
    {
        if (actors is not null)
        {
            return;
        }
        var (byLink, byName) = (new Dictionary<string, Guid>(), new Dictionary<string, Guid>());
        await foreach (var actor in db.Actors.AsNoTracking().Select(a => new { a.Id, a.Name, a.Links }).AsAsyncEnumerable().WithCancellation(ct))
        {
            actor.Links.ForEach(link => byLink.TryAdd(link, actor.Id));
            byName.TryAdd(TextKey.Of(actor.Name), actor.Id);
        }
        actors = (byLink, byName);
    }

    /// <summary>The actor the review names as claimant, by sameAs link then normalised name, if there is one yet.</summary>
    private Guid? KnownClaimant(ImportItem item)
    {
        var (byLink, byName) = actors!.Value;
        var name = item.ClaimantName ?? UnknownClaimant;
        return (item.ClaimantSameAs is { } link && byLink.TryGetValue(link, out var id)) || byName.TryGetValue(TextKey.Of(name), out id)
            ? id : null;
    }

    private Guid Claimant(ImportItem item, ImportCounts counts)
    {
        if (KnownClaimant(item) is { } id)
        {
            counts.Unchanged++;
            return id;
        }
        var (byLink, byName) = actors!.Value;
        var name = item.ClaimantName ?? UnknownClaimant;
        var actor = new Actor
        {
            Name = name, Kind = item.ClaimantIsOrganization || item.ClaimantName is null ? ActorKind.Organization : ActorKind.Person,
            Title = item.ClaimantJobTitle, Links = item.ClaimantSameAs is { } sameAs ? [sameAs] : [],
        };
        db.Actors.Add(actor);
        actor.Links.ForEach(l => byLink.TryAdd(l, actor.Id));
        byName.TryAdd(TextKey.Of(actor.Name), actor.Id);
        counts.Created++;
        return actor.Id;
    }

    private Guid Source(string url, string? headline, BatchState state, ImportCounts counts)
    {
        if (state.Sources.TryGetValue(url, out var id))
        {
            counts.Unchanged++;
            return id;
        }
        var source = new Source { Url = url, Title = headline ?? url, Kind = SourceKind.Other };
        db.Sources.Add(source);
        state.Sources[url] = source.Id;
        counts.Created++;
        return source.Id;
    }
}
