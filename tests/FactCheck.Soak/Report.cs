using System.Globalization;
using System.Text;

namespace FactCheck.Soak;

/// <summary>The tables of RESULTS.md, and the verdict: no 5xx, no acknowledged write lost, every integrity check ok.</summary>
internal sealed class Report(LoadFigures load, IReadOnlyList<CrashFigures> crashes, ReadBack final, DatabaseCheck finalDatabase, Tally finalTally,
    IReadOnlyList<string> serverFailures, string machine, int seconds, int rounds, int stormWorkers, bool dropWal)
{
    public bool Passed => Failures().Count == 0;

    public List<string> Failures()
    {
        var failures = new List<string>();
        var serverErrors = load.Tally.ServerErrors + load.ReadBackTally.ServerErrors + crashes.Sum(c => c.ServerErrors) + finalTally.ServerErrors;
        if (serverErrors > 0)
        {
            failures.Add($"{serverErrors} answers 5xx");
        }
        if (load.Tally.NoAnswer > 0)
        {
            failures.Add($"{load.Tally.NoAnswer} load requests got no answer");
        }
        if (load.ReadBack.Lost.Count > 0 || final.Lost.Count > 0 || crashes.Any(c => !c.Presence.Complete))
        {
            failures.Add("acknowledged writes lost: " + string.Join("; ", load.ReadBack.Lost.Concat(final.Lost).Concat(crashes.SelectMany(c => c.Presence.Missing)).Take(10)));
        }
        if (crashes.Any(c => !c.Database.Ok) || !finalDatabase.Ok)
        {
            failures.Add("integrity: " + string.Join("; ", crashes.Select(c => c.Database).Append(finalDatabase).Where(d => !d.Ok).Select(d => d.Summary)));
        }
        if (crashes.Count < rounds)
        {
            failures.Add($"{crashes.Count} of {rounds} crash rounds ran");
        }
        return failures;
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("# Load and crash results").AppendLine();
        string[] options = [.. seconds != 60 ? [$"--seconds {seconds}"] : Array.Empty<string>(), .. rounds != 5 ? [$"--rounds {rounds}"] : Array.Empty<string>(),
            .. dropWal ? ["--drop-wal"] : Array.Empty<string>()];
        md.AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}, by `dotnet run -c Release --project tests/FactCheck.Soak"
            + (options.Length > 0 ? " -- " + string.Join(' ', options) : "") + "`.");
        md.AppendLine("The server (Release, embedded SQLite in WAL mode, a fresh data directory) and the load generator share the machine "
            + "(the load average above says how busy it was otherwise): throughput and latency are indicative only; "
            + "the verdict (no 5xx, no lost write, intact database) does not depend on them. "
            + "Rate limits are off for the run (`FactCheck__RateLimits__Enabled=false`): one key at 64 connections would otherwise be answered 429.").AppendLine();
        if (dropWal)
        {
            md.AppendLine("With `--drop-wal`: the WAL was deleted after each kill, so this run is meant to fail.").AppendLine();
        }
        md.AppendLine($"**Verdict: {(Passed ? "passed" : "FAILED: " + string.Join("; ", Failures()))}**").AppendLine();

        md.AppendLine("## Load").AppendLine();
        md.AppendLine(($"{load.Seconds:F0} s at {load.Connections} concurrent connections, each choosing its next operation at random: "
            + $"{load.Reads:N0} reads and {load.Writes:N0} writes ({100.0 * load.Writes / Math.Max(1, load.Reads + load.Writes):F1} % writes; "
            + "a patch first reads the claim for its ETag). Writes use an editor key; reads none. "
            + $"{load.Tally.Total:N0} requests, {load.Tally.Total / load.Seconds:N0} per second; after 300 seeded claims.")).AppendLine();
        md.AppendLine("| Operation | Requests | Answers by status | p50 ms | p99 ms |");
        md.AppendLine("|---|---:|---|---:|---:|");
        foreach (var operation in load.Tally.Operations)
        {
            var statuses = load.Tally.StatusesOf(operation);
            md.AppendLine(($"| {operation} | {statuses.Values.Sum():N0} | {Statuses(statuses)} | {load.Tally.Percentile(operation, 50):F1} | {load.Tally.Percentile(operation, 99):F1} |"));
        }
        md.AppendLine(($"| **all** | {load.Tally.Total:N0} | {Statuses(load.Tally.ByStatus)} | | |")).AppendLine();
        md.AppendLine(($"Acknowledged creates (201 with Location) read back at their Location after the load: {load.ReadBack.Checked:N0} "
            + $"({Kinds(load.ReadBack.ByKind)}): {load.ReadBack.Present:N0} answered 200, {load.ReadBack.GoneByDelete:N0} answered 404 after this run deleted them "
            + $"(or their claim), **{load.ReadBack.Lost.Count} lost**.")).AppendLine();

        md.AppendLine("## Crash: kill -9 in the middle of a write storm").AppendLine();
        md.AppendLine(($"Each round: {stormWorkers} concurrent writers create claims and, on each, maybe a rebuttal, evidence and a status change; "
            + "after 1.5 to 4 s, and once at least 200 writes are acknowledged, the server process gets `kill -9` (its pid); the writes in flight at that moment may or may not have landed; it is restarted on the same data directory; then `PRAGMA integrity_check`, "
            + "`PRAGMA foreign_key_check`, the FTS5 `integrity-check` of every FTS5 table, and every write answered 201 before the kill looked for: "
            + "the claim (200) with its rebuttals, evidence and evidence status embedded, each record found by searching its own unique word, "
            + "each create and status change in the claim's history, "
            + "and each claim found by `POST /claims/match` with its own statement.")).AppendLine();
        md.AppendLine("| Round | Killed after, s | Writes acknowledged (claims) | In flight at the kill | Restart, s | Database checks | Claims found | Parts found | Search found | History found | Matching found | Missing | 5xx |");
        md.AppendLine("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in crashes)
        {
            var p = c.Presence;
            md.AppendLine(($"| {c.Round} | {c.StormSeconds:F1} | {c.Acknowledged:N0} ({c.ClaimsAcknowledged:N0}) | {c.InFlight} | {c.RestartSeconds:F1} | {(c.Database.Ok ? "ok" : "**" + c.Database.Summary + "**")} "
                + $"| {p.ClaimsFound}/{p.Claims} | {p.PartsFound}/{p.Parts} | {p.SearchesFound}/{p.Searches} | {p.HistoryFound}/{p.HistoryEntries} | {p.MatchesFound}/{p.Claims} | {p.Missing.Count} | {c.ServerErrors} |"));
        }
        md.AppendLine().AppendLine(($"Database checks, each round and after the final stop: {finalDatabase.Summary}.")).AppendLine();

        md.AppendLine("## At the end").AppendLine();
        md.AppendLine(($"Every create acknowledged in the whole run (seeding, load and storms: {final.Checked:N0}; {Kinds(final.ByKind)}) read back at its Location "
            + $"after the last restart: {final.Present:N0} answered 200, {final.GoneByDelete:N0} answered 404 after this run deleted them, **{final.Lost.Count} lost**. "
            + $"Then an orderly stop (SIGTERM) and the database checks again: {(finalDatabase.Ok ? "ok" : "**" + finalDatabase.Summary + "**")}."));
        var problems = load.ReadBack.Lost.Concat(final.Lost).Concat(crashes.SelectMany(c => c.Presence.Missing)).Concat(load.Tally.ServerErrorSamples).Take(20).ToList();
        if (problems.Count > 0 || serverFailures.Count > 0)
        {
            md.AppendLine().AppendLine("## Problems").AppendLine();
            foreach (var line in problems.Concat(serverFailures.Take(10)))
            {
                md.AppendLine("- `" + line.Replace("`", "'", StringComparison.Ordinal) + "`");
            }
        }
        return md.ToString();
    }

    private static string Statuses(IReadOnlyDictionary<int, long> statuses) =>
        string.Join(", ", statuses.Select(s => ($"{(s.Key == 0 ? "no answer" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value:N0}")));

    private static string Kinds(IReadOnlyDictionary<WriteKind, int> kinds) =>
        string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => ($"{k.Value:N0} {Label(k.Key)}")));

    private static string Label(WriteKind kind) => kind switch
    {
        WriteKind.Claim => "claims",
        WriteKind.Rebuttal => "rebuttals",
        WriteKind.Evidence => "evidence",
        WriteKind.Review => "reviews",
        _ => "status changes",
    };
}
