using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.Http;
using FactCheck.Api.Rebuttals;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

public static class ClaimMapping
{
    /// <summary>
    /// Claims with everything their response embeds. The parts' tombstone conditions are written out: the editors' list
    /// with includeDeleted=true ignores the query filters (so a deleted claim comes with its claimant and sources, deleted
    /// or not), and a deleted rebuttal or evidence item is still no part of any claim's body.
    /// </summary>
    public static IQueryable<Claim> WithParts(this IQueryable<Claim> claims) => claims
        .Include(c => c.Claimant)
        .Include(c => c.Appearances).ThenInclude(a => a.Source)
        .Include(c => c.Rebuttals.Where(r => r.DeletedAt == null)).ThenInclude(r => r.Actor)
        .Include(c => c.Evidence.Where(e => e.DeletedAt == null))
        .AsSplitQuery();

    public static ClaimResponse ToResponse(this Claim c)
    {
        var appearances = c.Appearances.OrderBy(a => a.Position).ToList();
        return new ClaimResponse(
            c.Id, c.Statement, c.Summary, c.ClaimantId, c.Claimant!.ToSummary(), c.MadeAt,
            [.. appearances.Select(a => a.SourceId)],
            [.. appearances.Select(a => new SourceSummary(a.SourceId, a.Source!.Title, a.Source.Publisher, a.Source.PublishedAt, a.Source.Url))],
            c.Topics, c.Language, c.EvidenceStatus, c.StatusRationale, c.StatusChangedAt, c.StatusChangedBy,
            [.. c.Rebuttals.OrderBy(r => r.Id).Select(r => r.ToResponse())],
            [.. c.Evidence.OrderBy(e => e.Id).Select(e => e.ToResponse())],
            c.CreatedAt, c.UpdatedAt, c.DeletedAt);
    }

    /// <summary>The claim's representation embeds its claimant, sources and rebuttal authors: a change to any moves the ETag.</summary>
    public static string ETag(this Claim c) => ETags.Of(
        new[] { (c.Id, c.Version), (c.ClaimantId, c.Claimant!.Version) }
            .Concat(c.Appearances.Select(a => (a.SourceId, a.Source!.Version)))
            .Concat(c.Rebuttals.Select(r => (r.ActorId, r.Actor!.Version))));

    /// <summary>The body a PUT would send to leave the claim as it is (appearances must be loaded): what a merge patch applies to.</summary>
    public static ClaimRequest ToRequest(this Claim c) =>
        new(c.Statement, c.ClaimantId, new DateTimeOffset(c.MadeAt), c.Summary, c.AppearanceIds(), c.Topics, c.Language);

    public static void Apply(this Claim claim, ClaimRequest request)
    {
        claim.Statement = request.Statement.Trim();
        claim.Summary = request.Summary?.Trim();
        claim.ClaimantId = request.ClaimantId;
        claim.MadeAt = request.MadeAt.ToUtc();
        claim.Topics = NormalizeTopics(request.Topics);
        claim.Language = request.Language;
        claim.SetAppearances(request.Appearances ?? []);
    }

    public static List<string> NormalizeTopics(IReadOnlyList<string>? topics) =>
        [.. (topics ?? []).Select(t => t.Trim().ToLowerInvariant()).Distinct()];
}
