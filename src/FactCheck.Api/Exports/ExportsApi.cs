using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Exports;

/// <summary>GET /api/v1/claims/export?format=ndjson|csv.</summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims/export").WithTags("Claims").WithValidation();
        group.MapGet("/", Export).WithName("ExportClaims")
            .WithSummary("Export every claim as NDJSON or CSV")
            .WithDescription("Streams one line per claim (oldest first): id, statement, claimant, madeAt, evidence status, counts of rebuttals and "
                + "evidence, and the latest review (URL, publisher, rating, date). `format=ndjson` (default) answers `application/x-ndjson`; "
                + "`format=csv` answers `text/csv` with a header row (RFC 4180 quoting); a cell that a spreadsheet would evaluate as a formula "
                + "(starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'` so it shows as text. NDJSON is exact.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson", additionalContentTypes: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task Export([AsParameters] ExportQuery query, FactCheckDb db, HttpContext http)
    {
        var format = query.Format ?? "ndjson";
        http.Response.ContentType = ClaimExporter.MediaType(format);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"claims.{format}\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false), bufferSize: 16 * 1024);
        await ClaimExporter.WriteAsync(db, format, writer, http.RequestAborted);
    }
}

/// <param name="Format">`ndjson` (default) or `csv`.</param>
public sealed record ExportQuery([Microsoft.AspNetCore.Mvc.FromQuery(Name = "format")] string? Format = null);

internal sealed class ExportQueryValidator : AbstractValidator<ExportQuery>
{
    public ExportQueryValidator() =>
        RuleFor(q => q.Format).Must(f => f is null || ClaimExporter.Formats.Contains(f))
            .WithMessage("'format' must be one of: ndjson, csv.");
}
