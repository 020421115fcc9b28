using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Seeds one database size and takes every figure at that size against one running server.</summary>
internal static class SizeRun
{
    /// <summary>Claims per page of the list, first and deep page alike.</summary>
    public const int PageSize = 20;

    public static async Task<SizeFigures> RunAsync(string apiDll, string workDirectory, int claims, int seconds, ClaimText text, bool keep)
    {
        var data = Path.Combine(workDirectory, $"claims-{claims}");
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, "factcheck.db");
        var key = await CreateEditorKeyAsync(apiDll, data);
        Console.WriteLine($"[{claims:N0}] seeding");
        var seedTime = Seeder.Seed(database, claims, text);
        Console.WriteLine($"[{claims:N0}] seeded in {seedTime.TotalSeconds:F0} s");
        var idsFile = Path.Combine(data, "ids.txt");
        if (ClaimIdsFile.Write(database, idsFile) != claims)
        {
            throw new InvalidOperationException($"The ids file does not hold all {claims} claims.");
        }
        var (claimant, source) = FirstClaimantAndSource(database);
        var terms = new[] { ("rare", ClaimText.RareRank), ("mid", ClaimText.MidRank), ("common", ClaimText.CommonRank) }
            .Select(t => (Frequency: t.Item1, Term: text.Word(t.Item2))).ToList();
        var rows = terms.ToDictionary(t => t.Term, t => CountMatches(database, t.Term));

        SizeFigures figures;
        await using (var server = await ApiServer.StartAsync(apiDll, data, ApiServer.FreePort()))
        {
            var url = server.BaseUrl;
            Console.WriteLine($"[{claims:N0}] server up; measuring");
            // The three throughput figures are compared with each other: warm all three up, then take each twice, interleaved,
            // so drift over the run (tiered JIT, page cache, a neighbour's load) falls on all of them alike.
            var getScript = LuaScripts.RandomGet(data, "get.lua", idsFile, "/api/v1/claims/");
            var rawScript = LuaScripts.RandomGet(data, "raw.lua", idsFile, "/benchmark/claims/");
            var (trivial, get, raw) = Interleaved(seconds,
                duration => Wrk.Run(url + "/benchmark/ping", 16, 2, duration),
                duration => Wrk.Run(url, 16, 2, duration, getScript),
                duration => Wrk.Run(url, 16, 2, duration, rawScript));
            var deepRows = Math.Min(100_000, claims - PageSize);
            var cursor = await CursorAtAsync(url, deepRows);
            var first = Measure($"{url}/api/v1/claims?limit={PageSize}", 1, 1, seconds);
            var deep = Measure($"{url}/api/v1/claims?limit={PageSize}&cursor={Uri.EscapeDataString(cursor)}", 1, 1, seconds);
            var search = terms.Select(t => new SearchFigure(t.Frequency, t.Term, rows[t.Term],
                Measure($"{url}/api/v1/search?q={t.Term}", 1, 1, seconds))).ToList();
            Console.WriteLine($"[{claims:N0}] filtered search");
            var filteredSearch = await FilteredSearch.MeasureAsync(url, database, terms.Where(t => t.Frequency != "rare"),
                filteredUrl => Measure(filteredUrl, 1, 1, seconds));
            Console.WriteLine($"[{claims:N0}] matching");
            var match = await MatchBenchmark.RunAsync(url, data, database, idsFile, key, seconds);
            var create = Measure(url, 16, 2, seconds, LuaScripts.CreateClaim(data, key, claimant, source));
            var peak = server.PeakRssMiB;
            figures = new SizeFigures(claims, seedTime, trivial, get, raw, first, deep, deepRows, search, create, 0, peak)
                { FilteredSearch = filteredSearch, Match = match, StartSeconds = server.StartSeconds };
        }
        Console.WriteLine($"[{claims:N0}] raw SQLite commits");
        figures = figures with { RawCommitsPerSecond = RawCommits.PerSecond(database, claimant, seconds) };
        if (!keep)
        {
            Directory.Delete(data, recursive: true);
        }
        return figures;
    }

    /// <summary>A short unrecorded run first, so the figures are of jitted, tiered-up code and warm caches.</summary>
    private static WrkResult Measure(string url, int connections, int threads, int seconds, string? script = null)
    {
        Wrk.Run(url, connections, threads, Math.Min(3, seconds), script);
        return Wrk.Run(url, connections, threads, seconds, script);
    }

    private static (WrkResult, WrkResult, WrkResult) Interleaved(int seconds, params Func<int, WrkResult>[] runs)
    {
        foreach (var run in runs)
        {
            run(seconds); // warm-up, not recorded: EF Core's many generic paths take a while to reach tier-1 code
        }
        var first = runs.Select(run => run(seconds)).ToList();
        var second = runs.Select(run => run(seconds)).ToList();
        var mean = first.Zip(second, (a, b) => new WrkResult((a.RequestsPerSecond + b.RequestsPerSecond) / 2, (a.P50 + b.P50) / 2,
            (a.P99 + b.P99) / 2, a.Requests + b.Requests, a.Errors + b.Errors)).ToList();
        return (mean[0], mean[1], mean[2]);
    }

    private static async Task<string> CreateEditorKeyAsync(string apiDll, string data)
    {
        using var process = System.Diagnostics.Process.Start(ApiServer.Command(apiDll, data, "keys", "create", "--name", "benchmark", "--role", "editor"))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return process.ExitCode == 0 && key is not null ? key : throw new InvalidOperationException("keys create failed:\n" + output + error);
    }

    /// <summary>Walks the default order a full page (100) at a time; cursors are signed, so a deep one must be earned.</summary>
    private static async Task<string> CursorAtAsync(string url, int rows)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        string? cursor = null;
        for (var walked = 0; walked < rows;)
        {
            var limit = Math.Min(100, rows - walked);
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/claims?limit={limit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            cursor = page.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"The list ended after {walked} rows.");
            walked += limit;
        }
        return cursor!;
    }

    private static (string Claimant, string Source) FirstClaimantAndSource(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT Id FROM actors LIMIT 1), (SELECT Id FROM sources LIMIT 1)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetString(1));
    }

    private static long CountMatches(string database, string term)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_index WHERE search_index MATCH $term";
        command.Parameters.AddWithValue("$term", '"' + term + '"');
        return (long)command.ExecuteScalar()!;
    }
}
