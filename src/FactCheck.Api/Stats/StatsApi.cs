using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Stats;

public static class StatsApi
{
    public static void MapStats(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/v1/actors").WithTags("Actors").WithValidation()
            .MapGet("/{id:guid}/scorecard", ScorecardAsync).WithName("GetActorScorecard")
            .WithSummary("An actor's scorecard")
            .WithDescription("The actor's claims counted by evidence status, and the five most recently made. "
                + "`from`/`to` (ISO 8601; `to` exclusive) limit it to claims made in that span.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGroup("/api/v1/stats").WithTags("Statistics").WithValidation()
            .MapGet("/", StatsAsync).WithName("GetStatistics")
            .WithSummary("Claim statistics")
            .WithDescription("Counts of claims: all, by evidence status, by topic (most frequent first) and by month they were made (yyyy-MM, UTC).");
    }

    private static async Task<Results<Ok<ScorecardResponse>, ProblemHttpResult>> ScorecardAsync(Guid id, [AsParameters] ScorecardQuery query, FactCheckDb db, HttpContext http)
    {
        var actor = await db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (actor is null)
        {
            return Problems.NotFound("actor", id);
        }
        var claims = db.Claims.AsNoTracking().Where(c => c.ClaimantId == id);
        if (query.From?.ToUtc() is { } from)
        {
            claims = claims.Where(c => c.MadeAt >= from);
        }
        if (query.To?.ToUtc() is { } to)
        {
            claims = claims.Where(c => c.MadeAt < to);
        }
        var counts = await claims.GroupBy(c => c.EvidenceStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(http.RequestAborted);
        var recent = await claims.OrderByDescending(c => c.MadeAt).ThenByDescending(c => c.Id).Take(5)
            .Select(c => new ClaimBrief(c.Id, c.Statement, c.MadeAt, c.EvidenceStatus)).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new ScorecardResponse(id, actor.Name, counts.Sum(c => c.Count),
            ByStatus(counts.Select(c => (c.Key, c.Count))), recent));
    }

    private static async Task<Ok<StatsResponse>> StatsAsync(FactCheckDb db, HttpContext http)
    {
        var counts = await db.Claims.AsNoTracking().GroupBy(c => c.EvidenceStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(http.RequestAborted);
        // Topics are a JSON array per claim; json_each counts them in SQL rather than loading every claim.
        var topics = await db.Database.SqlQueryRaw<LabelCount>(
            "SELECT t.value AS Label, count(*) AS Count FROM claims AS c, json_each(c.Topics) AS t WHERE c.DeletedAt IS NULL "
            + "GROUP BY t.value ORDER BY count(*) DESC, t.value").ToListAsync(http.RequestAborted);
        var months = await db.Database.SqlQueryRaw<LabelCount>(
            "SELECT substr(MadeAt, 1, 7) AS Label, count(*) AS Count FROM claims WHERE DeletedAt IS NULL GROUP BY Label ORDER BY Label")
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new StatsResponse(counts.Sum(c => c.Count), ByStatus(counts.Select(c => (c.Key, c.Count))), topics, months));
    }

    private static Dictionary<string, int> ByStatus(IEnumerable<(EvidenceStatus Status, int Count)> counts)
    {
        var known = counts.ToDictionary(c => c.Status, c => c.Count);
        return Enum.GetValues<EvidenceStatus>().ToDictionary(s => s.ToWire(), s => known.GetValueOrDefault(s));
    }
}
