using FactCheck.Api.Data;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Importing;

/// <summary>Spools a large body to a file and queues its job, within the caps (see <see cref="ImportCaps"/>); wakes the <see cref="ImportJobRunner"/>.</summary>
public sealed class ImportJobs(IOptions<FactCheckOptions> options, ImportCaps admission) : IDisposable
{
    private readonly SemaphoreSlim signal = new(0);

    public string SpoolDirectory => options.Value.SpoolDirectory();

    /// <summary>
    /// Writes <paramref name="head"/> (what was already read) then the rest of <paramref name="body"/> to a file, and
    /// records the job; or, past a cap, answers why and leaves nothing behind. <paramref name="length"/> is the body's
    /// Content-Length, when it has one.
    /// </summary>
    public async Task<(ImportJob? Job, string? Refusal)> EnqueueAsync(FactCheckDb db, Stream head, Stream body, long? length, CancellationToken cancellationToken)
    {
        var caps = options.Value.Imports;
        var (upload, refusal) = await admission.AdmitAsync(db, caps, db.Editor.Name, length ?? head.Length, cancellationToken);
        if (upload is null)
        {
            return (null, refusal);
        }
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
                refusal = await SpoolAsync(db, body, file, upload, cancellationToken);
                job.BytesTotal = file.Length;
            }
            if (refusal is not null)
            {
                File.Delete(path);
                return (null, refusal);
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
        finally
        {
            admission.Release(upload);
        }
        Wake();
        return (job, null);
    }

    /// <summary>Copies the rest of the body, growing its admitted share as it outgrows it; the refusal when that passes a cap.</summary>
    private async Task<string?> SpoolAsync(FactCheckDb db, Stream body, FileStream file, ImportCaps.Upload upload, CancellationToken ct)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (file.Length + read > upload.Bytes
                && await admission.GrowAsync(db, options.Value.Imports, upload, file.Length + read, ct) is { } refusal)
            {
                return refusal;
            }
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return null;
    }

    public void Wake() => signal.Release();

    public void Dispose() => signal.Dispose();

    /// <summary>Until woken, or a while: another instance on the same database may have queued a job.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
}
