using System.Text.Json;
using FactCheck.Api.Common;

namespace FactCheck.Api.Importing;

/// <summary>A background import.</summary>
/// <param name="Id">The job's id; poll <c>GET /api/v1/imports/{id}</c>.</param>
/// <param name="Status"><c>queued</c>, <c>running</c>, <c>succeeded</c> or <c>failed</c> (a malformed document, with <paramref name="Error"/>).</param>
/// <param name="CreatedAt">When the body was accepted.</param>
/// <param name="StartedAt">When the job last started (a job interrupted by a restart starts again).</param>
/// <param name="FinishedAt">When it succeeded or failed.</param>
/// <param name="CreatedBy">The name of the key that posted it; the imported records' history names it too.</param>
/// <param name="Reviews">Reviews found so far, imported or rejected.</param>
/// <param name="BytesRead">How much of the body has been read.</param>
/// <param name="BytesTotal">The body's size.</param>
/// <param name="Report">Once finished: what was imported (when failed, what came before the fault).</param>
/// <param name="Error">Why the job failed.</param>
public sealed record ImportJobResponse(
    Guid Id,
    ImportJobStatus Status,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string CreatedBy,
    int Reviews,
    long BytesRead,
    long BytesTotal,
    ImportResponse? Report,
    string? Error);

public static class ImportJobMapping
{
    public static ImportJobResponse ToResponse(this ImportJob job) => new(job.Id, job.Status, job.CreatedAt, job.StartedAt, job.FinishedAt,
        job.CreatedBy, job.Reviews, job.BytesRead, job.BytesTotal,
        job.Report is null ? null : JsonSerializer.Deserialize<ImportResponse>(job.Report, ApiJson.Options), job.Error);

    /// <summary>Changes as the job moves, so a poll with If-None-Match is a cheap 304 while nothing happened.</summary>
    public static string ETag(this ImportJob job) => $"\"{job.Status.ToWire()}-{job.Reviews}-{job.BytesRead}\"";
}
