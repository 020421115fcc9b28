using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Data;

/// <summary>Collects the ids in a request body that name no record, by field, for one 422 answer.</summary>
public sealed class ReferenceCheck(FactCheckDb db, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, string[]> errors = [];

    public async Task<ReferenceCheck> ActorAsync(string field, Guid id)
    {
        if (!await db.Actors.AnyAsync(a => a.Id == id, cancellationToken))
        {
            errors[field] = [$"No actor has the id '{id}'."];
        }
        return this;
    }

    public async Task<ReferenceCheck> SourceAsync(string field, Guid? id)
    {
        if (id is { } sourceId && !await db.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken))
        {
            errors[field] = [$"No source has the id '{sourceId}'."];
        }
        return this;
    }

    public async Task<ReferenceCheck> SourcesAsync(string field, IReadOnlyList<Guid> ids)
    {
        var known = await db.Sources.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                errors[$"{field}[{i}]"] = [$"No source has the id '{ids[i]}'."];
            }
        }
        return this;
    }

    public ProblemHttpResult? Problem => errors.Count == 0 ? null : Problems.UnknownReferences(errors);
}
