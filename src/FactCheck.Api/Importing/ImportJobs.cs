using FactCheck.Api.Data;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Importing;

/// <summary>Spools a large body to a file and queues its job; wakes the <see cref="ImportJobRunner"/>.</summary>
public sealed class ImportJobs(IOptions<FactCheckOptions> options) : IDisposable
{
    private readonly SemaphoreSlim signal = new(0);

    public string SpoolDirectory => options.Value.SpoolDirectory();

    /// <summary>Writes <paramref name="head"/> (what was already read) then the rest of <paramref name="body"/> to a file, and records the job.</summary>
    public async Task<ImportJob> EnqueueAsync(FactCheckDb db, Stream head, Stream body, CancellationToken cancellationToken)
    {
        var job = new ImportJob { CreatedBy = db.Editor.Name, CreatedAt = db.Now };
        job.SpoolFile = $"{job.Id:N}.json";
        Directory.CreateDirectory(SpoolDirectory);
        var path = Path.Combine(SpoolDirectory, job.SpoolFile);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                head.Position = 0;
                await head.CopyToAsync(file, cancellationToken);
                await body.CopyToAsync(file, cancellationToken);
                job.BytesTotal = file.Length;
            }
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // A body cut off or refused (too large) leaves no job and no file behind.
            File.Delete(path);
            throw;
        }
        Wake();
        return job;
    }

    public void Wake() => signal.Release();

    public void Dispose() => signal.Dispose();

    /// <summary>Until woken, or a while: another instance on the same database may have queued a job.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
}
