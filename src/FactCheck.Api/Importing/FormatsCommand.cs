using FactCheck.Api.Exports;

namespace FactCheck.Api.Importing;

/// <summary>
/// <c>import FILE...</c> and <c>export [--format ndjson|csv]</c> on the server's command line, against the configured database.
/// Export writes the lines to standard output; both write their summary to standard error, so output can be redirected.
/// Import also draws a progress bar there when it is a terminal (see <see cref="ImportProgressBar"/>).
/// </summary>
public static class FormatsCommand
{
    public const string Usage = "usage: import FILE... | export [--format ndjson|csv]";

    /// <param name="progressBar">Draw a progress bar on <paramref name="error"/>: only when it is a terminal.</param>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, bool progressBar = false)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Data.EditorContext>().Name = "command-line";
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        switch (args)
        {
            case ["import", .. var files] when files.Length > 0:
                var failed = 0;
                foreach (var file in files)
                {
                    failed += await ImportFileAsync(db, file, error, progressBar) ? 0 : 1;
                }
                return failed == 0 ? 0 : 1;
            case ["export", ..]:
                var at = Array.IndexOf(args, "--format");
                var format = at > 0 && at + 1 < args.Length ? args[at + 1] : "ndjson";
                if (!ClaimExporter.Formats.Contains(format))
                {
                    await error.WriteLineAsync(Usage);
                    return 2;
                }
                var count = await ClaimExporter.WriteAsync(db, format, output, CancellationToken.None);
                await error.WriteLineAsync($"Exported {count} claim(s) as {format}.");
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<bool> ImportFileAsync(FactCheckDb db, string file, TextWriter error, bool progressBar)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{file}: not imported: {e.Message}");
            return false;
        }
        var bar = new ImportProgressBar(error, progressBar);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ImportOutcome outcome;
        await using (stream)
        {
            outcome = await ImportRunner.RunAsync(db, stream, bar.ShowAsync, CancellationToken.None);
        }
        await bar.EndAsync();
        var report = outcome.Report;
        var counts = string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value.Created} created, {c.Value.Updated} updated, {c.Value.Unchanged} unchanged"));
        var seconds = clock.Elapsed.TotalSeconds;
        await error.WriteLineAsync(FormattableString.Invariant($"{file}: {report.Reviews} review(s) in {seconds:0.0} s ({report.Reviews / Math.Max(seconds, 0.001):N0}/s); ")
            + $"{counts}; {report.RejectedTotal} rejected; {report.UnmappedRatingsTotal} unmapped rating(s); "
            + $"{report.NumericRatingsTotal} mapped by number; {report.NotesTotal} note(s).");
        foreach (var rejected in report.Rejected)
        {
            await error.WriteLineAsync($"  rejected #{rejected.Index}: {rejected.Reason}");
        }
        if (report.RejectedTotal > report.Rejected.Count)
        {
            await error.WriteLineAsync($"  ... and {report.RejectedTotal - report.Rejected.Count} more rejected.");
        }
        foreach (var note in report.Notes)
        {
            await error.WriteLineAsync($"  note #{note.Index}: {note.Note}");
        }
        if (outcome.Fault is { } fault)
        {
            await error.WriteLineAsync($"{file}: stopped: {fault.Describe()}");
        }
        return outcome.Fault is null;
    }
}
