using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Sources;

namespace FactCheck.Api.Data.Demo;

/// <summary>The demo data as one connected graph of entities: what the loader saves and what the OpenAPI examples show.</summary>
public sealed record DemoRecords(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<StatusChange> StatusChanges)
{
    public static DemoRecords Build(DateTime now, string by)
    {
        var actors = DemoData.Actors.Select(a => Stamp(new Actor { Id = a.Id, Name = a.Request.Name }, now, e => e.Apply(a.Request))).ToDictionary(a => a.Id);
        var sources = DemoData.Sources.Select(s => Stamp(new Source { Id = s.Id, Title = s.Request.Title }, now, e => e.Apply(s.Request))).ToDictionary(s => s.Id);
        var claims = DemoData.Claims.Select(c => Stamp(new Claim { Id = c.Id, Statement = c.Request.Statement }, now, e => e.Apply(c.Request))).ToDictionary(c => c.Id);
        foreach (var claim in claims.Values)
        {
            claim.Claimant = actors[claim.ClaimantId];
            claim.Appearances.ForEach(a => a.Source = sources[a.SourceId]);
        }
        foreach (var (id, claimId, request) in DemoData.Rebuttals)
        {
            var rebuttal = Stamp(new Rebuttal { Id = id, ClaimId = claimId, Statement = request.Statement }, now, e => e.Apply(request));
            rebuttal.Actor = actors[rebuttal.ActorId];
            rebuttal.Source = rebuttal.SourceId is { } sourceId ? sources[sourceId] : null;
            claims[claimId].Rebuttals.Add(rebuttal);
        }
        foreach (var (id, claimId, request) in DemoData.Evidence)
        {
            var item = Stamp(new EvidenceItem { Id = id, ClaimId = claimId, Summary = request.Summary }, now, e => e.Apply(request));
            item.Source = item.SourceId is { } sourceId ? sources[sourceId] : null;
            claims[claimId].Evidence.Add(item);
        }
        var changes = DemoData.StatusChanges
            .Select(s => claims[s.ClaimId].ChangeStatus(s.Request.Status, s.Request.Rationale, now, by, s.Id))
            .ToList();
        return new DemoRecords([.. actors.Values], [.. sources.Values], [.. claims.Values], changes);
    }

    private static T Stamp<T>(T entity, DateTime now, Action<T> apply) where T : Entity
    {
        apply(entity);
        entity.CreatedAt = now;
        entity.UpdatedAt = now;
        return entity;
    }
}
