using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Exports;

namespace FactCheck.Api.Importing;

/// <summary>
/// <c>import FILE...</c> and <c>export [--format ndjson|csv]</c> on the server's command line, against the configured database.
/// Export writes the lines to standard output; both write their summary to standard error, so output can be redirected.
/// </summary>
public static class FormatsCommand
{
    public const string Usage = "usage: import FILE... | export [--format ndjson|csv]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
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
                    failed += await ImportFileAsync(db, file, error) ? 0 : 1;
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

    private static async Task<bool> ImportFileAsync(FactCheckDb db, string file, TextWriter error)
    {
        JsonNode? document;
        try
        {
            await using var stream = File.OpenRead(file);
            document = await JsonNode.ParseAsync(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            await error.WriteLineAsync($"{file}: not imported: {e.Message}");
            return false;
        }
        var report = await new ImportWriter(db).ImportAsync(ImportShapes.Flatten(document), CancellationToken.None);
        var counts = string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value.Created} created, {c.Value.Updated} updated, {c.Value.Unchanged} unchanged"));
        await error.WriteLineAsync($"{file}: {report.Reviews} review(s); {counts}; {report.Rejected.Count} rejected; {report.UnmappedRatings.Count} unmapped rating(s).");
        foreach (var rejected in report.Rejected)
        {
            await error.WriteLineAsync($"  rejected #{rejected.Index}: {rejected.Reason}");
        }
        return true;
    }
}
