using FactCheck.Api.Http;
using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Importing;

/// <summary>POST /api/v1/imports: ClaimReview JSON-LD or a claims:search answer in, a report (or a job) out.</summary>
public static class ImportsApi
{
    public static IServiceCollection AddFactCheckImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportCaps>();
        services.AddSingleton<ImportJobs>();
        services.AddHostedService<ImportJobRunner>();
        return services;
    }

    public static RouteGroupBuilder MapImports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/imports").WithTags("Imports").WithValidation();
        group.MapPost("/", Import).WithName("Import")
            .WithSummary("Import fact-checks (ClaimReview JSON-LD, Google claims:search)")
            .WithDescription("Takes a schema.org ClaimReview (JSON-LD), an array of them, an `@graph`, a `DataFeed` or `DataFeedItem`, or a Google Fact Check "
                + "Tools `claims:search` answer (`{\"claims\":[...]}`), up to 100 MB, read as a stream in one pass whatever its nesting. Creates or reuses "
                + "claimants (by `sameAs`, then name), sources (by URL), claims (by statement and claimant) and reviews (by URL); importing the same document "
                + "again changes nothing. A review whose rating maps to a status (see rating mappings; a rating no mapping knows but stated as a number on a scale "
                + "is placed on that scale, the numeric fallback) sets the status of a claim still `unverified`. Answers counts per kind, the reviews "
                + "rejected (by index, with the reason; the others are imported; the first 1,000 listed, `rejectedTotal` counts all), the ratings no "
                + "mapping knows (`unmappedRatings`; see `GET /rating-mappings/unmapped`), those mapped by their numbers (`numericRatings`), and `notes` on "
                + "what was left out of imported reviews.\n\nThe API's rules hold: a deleted review (or "
                + "one of a deleted claim) is rejected, never changed or moved; an appearance in a deleted source is left out (a note says so); a review needs "
                + "a date (its claim's or its own) only when its claim is new. Nodes of an `@graph` that are not reviews (`Organization`, `WebPage`, ...) "
                + "are skipped; elsewhere anything that is not a review is rejected.\n\nA body up to `FactCheck:Imports:AsyncThresholdBytes` (1 MiB by "
                + "default) is imported within the request (200). A larger one, or any with `Prefer: respond-async`, is queued as a background job: 202 with "
                + "`Location: /api/v1/imports/{id}` and `Retry-After`; past the caps on jobs and spooled bytes waiting (per key and in all), 429 "
                + "`import-queue-full` with `Retry-After`, and nothing is kept. A body that is not JSON answers 400; one malformed midway answers 400 with "
                + "`index` (reviews read before the fault), `bytePosition`, and `report` (what was imported before it, which stays imported).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", List).WithName("ListImports")
            .WithSummary("List import jobs")
            .WithDescription("Background imports, oldest first, cursor paged, each with its status and progress (and its report once finished).")
            .RequireAuthorization(Policies.Edit);
        group.MapGet("/{id:guid}", Get).WithName("GetImport")
            .WithSummary("Get an import job")
            .WithDescription("A background import: `status` (`queued`, `running`, `succeeded`, `failed`), when it was created, started and finished, "
                + "`reviews` found and `bytesRead` of `bytesTotal` so far, and once finished the `report` (when failed, what was imported before the "
                + "fault) and the `error`. Poll it after a 202 from `Import`, waiting `Retry-After` seconds between polls.")
            .RequireAuthorization(Policies.Edit)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<ImportResponse>, Accepted<ImportJobResponse>, ProblemHttpResult>> Import(
        HttpContext http, FactCheckDb db, ImportJobs jobs, IOptions<FactCheckOptions> options)
    {
        var settings = options.Value.Imports;
        var request = http.Request;
        var preferAsync = request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true);
        // Read up to the threshold into memory: a body that ends within it is imported here, a longer one is spooled.
        using var head = new MemoryStream();
        var small = !preferAsync && !(request.ContentLength > settings.AsyncThresholdBytes)
            && await ReadUpToAsync(request.Body, head, settings.AsyncThresholdBytes, http.RequestAborted);
        if (!small)
        {
            var (job, refusal) = await jobs.EnqueueAsync(db, head, request.Body, request.ContentLength, http.RequestAborted);
            if (job is null)
            {
                http.Response.Headers.RetryAfter = settings.QueueFullRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, type: ProblemTypes.ImportQueueFull, title: "Too many imports waiting",
                    detail: $"{refusal} Retry after {settings.QueueFullRetryAfterSeconds} second(s), once a job has finished.");
            }
            http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job.ToResponse());
        }
        head.Position = 0;
        var (report, fault) = await ImportRunner.RunAsync(db, head, null, http.RequestAborted);
        if (fault is null)
        {
            return TypedResults.Ok(report);
        }
        return TypedResults.Problem(statusCode: 400, type: ProblemTypes.MalformedRequest, title: "Malformed request", detail: fault.Describe(),
            extensions: new Dictionary<string, object?>
            {
                ["index"] = fault.Index,
                ["bytePosition"] = fault.BytePosition,
                ["report"] = fault.Index > 0 ? report : null,
            });
    }

    /// <summary>True when the whole body fit in <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> ReadUpToAsync(Stream body, MemoryStream head, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        while (true)
        {
            var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit + 1 - head.Length)), ct);
            if (read == 0)
            {
                return true;
            }
            head.Write(buffer, 0, read);
            if (head.Length > limit)
            {
                return false;
            }
        }
    }

    private static async Task<Ok<Page<ImportJobResponse>>> List([AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.ImportJobs.AsNoTracking().Where(j => after == null || j.Id > after)
            .OrderBy(j => j.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, j => j.Id, j => j.ToResponse()));
    }

    private static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> Get(Guid id, FactCheckDb db, HttpContext http)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, http.RequestAborted);
        if (job is null)
        {
            return Problems.NotFound("import job", id);
        }
        http.SetETag(job.ETag());
        if (job.Status is ImportJobStatus.Queued or ImportJobStatus.Running)
        {
            http.Response.Headers.RetryAfter = http.RequestServices.GetRequiredService<IOptions<FactCheckOptions>>().Value.Imports
                .RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return TypedResults.Ok(job.ToResponse());
    }
}
