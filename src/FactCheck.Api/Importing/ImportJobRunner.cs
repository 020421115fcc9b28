using System.Diagnostics;
using System.Text.Json;
using FactCheck.Api.Common;
using FactCheck.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Runs queued import jobs one at a time, oldest first. A job found <c>running</c> at start-up was cut off by a stop or a
/// crash: it is queued again and re-run from the start, which is safe because importing is idempotent. The spooled body
/// is deleted once the job is finished.
/// </summary>
public sealed class ImportJobRunner(IServiceScopeFactory scopes, ImportJobs jobs, ILogger<ImportJobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await WithDbAsync(db => db.ImportJobs.Where(j => j.Status == ImportJobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Queued), stoppingToken));
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await jobs.WaitAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a job cut off here stays "running" and is queued again at the next start.
        }
    }

    private async Task<T> WithDbAsync<T>(Func<FactCheckDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FactCheckDb>());
    }

    private async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var job = await WithDbAsync(db => db.ImportJobs.AsNoTracking().Where(j => j.Status == ImportJobStatus.Queued)
            .OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).FirstOrDefaultAsync(ct));
        if (job is null)
        {
            return false;
        }
        // Claimed by a conditional update, so two instances on one database never run the same job at once.
        var claimed = await WithDbAsync(db => db.ImportJobs.Where(j => j.Id == job.Id && j.Status == ImportJobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Running).SetProperty(j => j.StartedAt, db.Now)
                .SetProperty(j => j.Reviews, 0).SetProperty(j => j.BytesRead, 0), ct));
        if (claimed == 0)
        {
            return true;
        }
        await RunAsync(job, ct);
        return true;
    }

    private async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var path = Path.Combine(jobs.SpoolDirectory, job.SpoolFile ?? "");
        ImportOutcome? outcome = null;
        string? error;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<EditorContext>().Name = job.CreatedBy;
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            var clock = Stopwatch.StartNew();
            outcome = await ImportRunner.RunAsync(db, file, async progress =>
            {
                if (clock.ElapsedMilliseconds >= 1000 || progress.BytesRead == progress.BytesTotal)
                {
                    clock.Restart();
                    await WithDbAsync(control => control.ImportJobs.Where(j => j.Id == job.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Reviews, progress.Reviews).SetProperty(j => j.BytesRead, progress.BytesRead), ct));
                }
            }, ct);
            error = outcome.Fault?.Describe();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Import job {Id} failed.", job.Id);
            // The exception's own text may name database internals; the log has it, the job says where to look.
            error = $"The import stopped on an unexpected error; the server log has the details under job {job.Id}.";
        }
        var report = outcome is null ? null : JsonSerializer.Serialize(outcome.Report, ApiJson.Options);
        await WithDbAsync(db => db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, error is null ? ImportJobStatus.Succeeded : ImportJobStatus.Failed)
            .SetProperty(j => j.FinishedAt, db.Now)
            .SetProperty(j => j.Reviews, outcome == null ? job.Reviews : outcome.Report.Reviews)
            .SetProperty(j => j.Report, report)
            .SetProperty(j => j.Error, error == null ? null : JsonLd.Clip(error, 2000))
            .SetProperty(j => j.SpoolFile, (string?)null), CancellationToken.None));
        File.Delete(path);
    }
}
