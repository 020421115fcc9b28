using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using FactCheck.Api.Sources;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>Finding or making the claimant and the sources of an imported review.</summary>
public sealed partial class ImportWriter
{
    /// <summary>The actors, read once per import rather than once per review; dropped when a review fails, as it may hold unsaved ones.</summary>
    private List<(Guid Id, string Name, List<string> Links)>? actors;

    private async Task<Guid> ClaimantAsync(ImportItem item, ImportCounts counts, CancellationToken ct)
    {
        var name = item.ClaimantName ?? UnknownClaimant;
        actors ??= [.. (await db.Actors.AsNoTracking().Select(a => new { a.Id, a.Name, a.Links }).ToListAsync(ct))
            .Select(a => (a.Id, RatingLabels.Normalise(a.Name), a.Links))];
        var found = (item.ClaimantSameAs is { } link ? actors.Find(a => a.Links.Contains(link)) : default);
        if (found.Id == Guid.Empty)
        {
            found = actors.Find(a => a.Name == RatingLabels.Normalise(name));
        }
        if (found.Id != Guid.Empty)
        {
            counts.Unchanged++;
            return found.Id;
        }
        var actor = new Actor
        {
            Name = name, Kind = item.ClaimantIsOrganization || item.ClaimantName is null ? ActorKind.Organization : ActorKind.Person,
            Title = item.ClaimantJobTitle, Links = item.ClaimantSameAs is { } sameAs ? [sameAs] : [],
        };
        db.Actors.Add(actor);
        actors.Add((actor.Id, RatingLabels.Normalise(actor.Name), actor.Links));
        counts.Created++;
        return actor.Id;
    }

    private async Task<Guid> SourceAsync(string url, string? headline, ImportCounts counts, CancellationToken ct)
    {
        if (await db.Sources.IgnoreQueryFilters().Where(s => s.Url == url).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct) is { } id)
        {
            counts.Unchanged++;
            return id;
        }
        var source = new Source { Url = url, Title = headline ?? url, Kind = SourceKind.Other };
        db.Sources.Add(source);
        counts.Created++;
        return source.Id;
    }
}
