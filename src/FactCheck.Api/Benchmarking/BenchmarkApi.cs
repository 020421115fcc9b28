using FactCheck.Api.Claims;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Benchmarking;

/// <summary>
/// Yardsticks for the benchmark program (tests/FactCheck.Benchmarks), mapped only when <c>FactCheck:BenchmarkMode</c> is on
/// and left out of the OpenAPI document: a trivial JSON answer, to see what the pipeline itself costs, and the claim GET
/// read with plain ADO.NET, to see what EF Core costs on top of the same SQL work.
/// </summary>
public static class BenchmarkApi
{
    public static RouteGroupBuilder MapBenchmarkYardsticks(this RouteGroupBuilder routes)
    {
        if (!((IEndpointRouteBuilder)routes).ServiceProvider.GetRequiredService<IOptions<FactCheckOptions>>().Value.BenchmarkMode)
        {
            return routes;
        }
        // Under the same conventions as the API's own reads (role checks, validation, conditional GET), so the yardsticks
        // differ from GET /api/v1/claims/{id} in the data access alone.
        var group = routes.MapGroup("/benchmark").WithValidation().ExcludeFromDescription();
        group.MapGet("/ping", () => TypedResults.Ok(new Ping("pong", DateTime.UtcNow)));
        group.MapGet("/claims/{id:guid}", GetRawAsync);
        return routes;
    }

    private static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> GetRawAsync(Guid id, [AsParameters] ClaimGetQuery query, FactCheckDb db, HttpContext http)
    {
        // The query is bound and validated as for the API's GET; time travel (asOf) is not what is measured.
        _ = query;
        var read = await RawClaimReader.ReadAsync(db, id, http.RequestAborted);
        if (read is null)
        {
            return Problems.NotFound("claim", id);
        }
        http.SetETag(read.Value.ETag);
        return TypedResults.Ok(read.Value.Claim);
    }

    private sealed record Ping(string Status, DateTime At);
}
