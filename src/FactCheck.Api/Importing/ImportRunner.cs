using System.Text.Json;
using System.Threading.Channels;

namespace FactCheck.Api.Importing;

/// <param name="BytesRead">How far into the document the import has read.</param>
/// <param name="BytesTotal">The document's size.</param>
/// <param name="Reviews">Reviews found so far (imported or rejected).</param>
public sealed record ImportProgress(long BytesRead, long BytesTotal, int Reviews);

/// <summary>The document turned out malformed at <paramref name="BytePosition"/>, after <paramref name="Index"/> reviews.</summary>
public sealed record ImportFault(string Message, int Index, long BytePosition)
{
    public string Describe() => $"The document is not valid JSON after {Index} review(s), at or after byte {BytePosition}: {Message}";
}

/// <param name="Report">What was imported: everything, or what came before <paramref name="Fault"/>.</param>
public sealed record ImportOutcome(ImportResponse Report, ImportFault? Fault);

/// <summary>
/// Reads a document and imports its reviews as they are found: the request, the background job and the command line
/// all go through here. A malformed document ends the import where the fault is; what came before it stays imported
/// (imports are idempotent, so sending the corrected document again is safe) and the fault is returned with the report.
/// </summary>
public static class ImportRunner
{
    /// <summary>Progress is reported every this many reviews (and at the end); listeners throttle further.</summary>
    private const int ProgressEvery = 100;

    public static async Task<ImportOutcome> RunAsync(FactCheckDb db, Stream document, Func<ImportProgress, Task>? progress, CancellationToken cancellationToken)
    {
        var reader = new ImportDocumentReader(document);
        await using var session = await ImportSession.StartAsync(db, cancellationToken);
        await using var writer = new ImportWriter(db);
        var total = document.Length;
        // Reading and parsing run on a thread of their own, a bounded queue ahead of the writer: on two cores the
        // parsing is then free, and the queue, not the document, bounds what waits in memory.
        var queue = Channel.CreateBounded<ImportCandidate>(new BoundedChannelOptions(2 * ImportWriter.BatchSize) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var candidate in reader.Read())
                {
                    await queue.Writer.WriteAsync(candidate, stop.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.Complete(e);
            }
        }, CancellationToken.None);
        ImportFault? fault = null;
        try
        {
            await foreach (var candidate in queue.Reader.ReadAllAsync(cancellationToken))
            {
                await writer.AddAsync(candidate, cancellationToken);
                if (progress is not null && writer.Reviews % ProgressEvery == 0)
                {
                    await progress(new ImportProgress(reader.BytesRead, total, writer.Reviews));
                }
            }
        }
        catch (JsonException e)
        {
            fault = new ImportFault(reader.Explain(e), writer.Reviews, reader.Position);
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
        var report = await writer.FinishAsync(cancellationToken);
        if (progress is not null)
        {
            await progress(new ImportProgress(fault is null ? total : reader.BytesRead, total, writer.Reviews));
        }
        return new ImportOutcome(report, fault);
    }
}
