using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Importing;

/// <summary>
/// Keeps what waits to be imported within the caps of <see cref="ImportOptions"/>, per key and in all: jobs queued or
/// running and their spooled bytes, as the database has them, plus the bodies this instance is spooling now. A body
/// is admitted before it is spooled (for its <c>Content-Length</c>, or what was read of it) and its share grows, checked
/// again, as more of it arrives than was admitted. Checks and admissions run one at a time, so concurrent posts to
/// this instance cannot overshoot; posts to several instances at the same moment may, by one body each.
/// </summary>
public sealed class ImportCaps : IDisposable
{
    /// <summary>A body being spooled: its key, and the bytes admitted for it so far.</summary>
    public sealed class Upload(string key, long bytes)
    {
        public string Key => key;

        public long Bytes { get; internal set; } = bytes;
    }

    /// <summary>A spooling body's share is checked again each time it grows by this much.</summary>
    public const long GrowthBytes = 8 * 1024 * 1024;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<Upload> uploads = [];

    /// <summary>Admits a new job of <paramref name="bytes"/> for <paramref name="key"/>, or says which cap it would pass.</summary>
    public async Task<(Upload? Upload, string? Refusal)> AdmitAsync(FactCheckDb db, ImportOptions caps, string key, long bytes, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var refusal = await RefusalAsync(db, caps, key, null, bytes, ct);
            if (refusal is not null)
            {
                return (null, refusal);
            }
            var upload = new Upload(key, bytes);
            uploads.Add(upload);
            return (upload, null);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Grows an admitted body's share to hold <paramref name="bytes"/>, with room for <see cref="GrowthBytes"/> more when
    /// the caps allow; the refusal when even <paramref name="bytes"/> pass a cap.
    /// </summary>
    public async Task<string?> GrowAsync(FactCheckDb db, ImportOptions caps, Upload upload, long bytes, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (await RefusalAsync(db, caps, upload.Key, upload, bytes + GrowthBytes, ct) is null)
            {
                upload.Bytes = bytes + GrowthBytes;
                return null;
            }
            var refusal = await RefusalAsync(db, caps, upload.Key, upload, bytes, ct);
            upload.Bytes = refusal is null ? bytes : upload.Bytes;
            return refusal;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The body is a job now (the database counts it) or was refused.</summary>
    public void Release(Upload upload)
    {
        lock (uploads)
        {
            uploads.Remove(upload);
        }
    }

    /// <summary>Why <paramref name="bytes"/> more for <paramref name="key"/> (a new job unless <paramref name="growing"/>) pass a cap; null when they do not.</summary>
    private async Task<string?> RefusalAsync(FactCheckDb db, ImportOptions caps, string key, Upload? growing, long bytes, CancellationToken ct)
    {
        var waiting = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running)
            .Select(j => new { Key = j.CreatedBy, Bytes = j.BytesTotal }).ToListAsync(ct);
        List<(string Key, long Bytes)> all;
        lock (uploads)
        {
            all = [.. waiting.Select(w => (w.Key, w.Bytes)), .. uploads.Where(u => u != growing).Select(u => (u.Key, u.Bytes)), (key, bytes)];
        }
        var mine = all.Where(w => w.Key == key).ToList();
        var newJob = growing is null; // a growing body was counted as a job when it was admitted
        return newJob && mine.Count > caps.MaxQueuedJobsPerKey ? $"This key has {caps.MaxQueuedJobsPerKey} import job(s) queued or running, the most a key may have."
            : mine.Sum(w => w.Bytes) > caps.MaxQueuedBytesPerKey ? $"This key's queued imports would take more than {caps.MaxQueuedBytesPerKey} bytes, the most a key may have waiting."
            : newJob && all.Count > caps.MaxQueuedJobs ? $"The server has {caps.MaxQueuedJobs} import job(s) queued or running, the most it takes."
            : all.Sum(w => w.Bytes) > caps.MaxQueuedBytes ? $"Queued imports would take more than {caps.MaxQueuedBytes} bytes, the most the server keeps waiting."
            : null;
    }

    public void Dispose() => gate.Dispose();
}
