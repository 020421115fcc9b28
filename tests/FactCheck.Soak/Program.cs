using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FactCheck.Soak;

// The load and crash suite of the README: builds the API in Release, runs it on 127.0.0.1 with a temporary data
// directory, drives it with a 90/10 read/write mix, then kills it with kill -9 in the middle of write storms and checks
// what survived. Prints one report and writes it to --out; exits 1 on any 5xx, lost acknowledged write or integrity failure.
// Options: --seconds 60  --rounds 5  --connections 64  --storm-workers 48  --out FILE  --keep (leave the data directory)
// --drop-wal (a fault injected on purpose: the run must fail).
// Figures in the report read the same on every machine (1,234.5), whatever its locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// The client is a load generator: 64 workers should not wait for the thread pool to grow.
ThreadPool.SetMinThreads(128, 128);
var seconds = int.Parse(Option("--seconds", "60"), CultureInfo.InvariantCulture);
var rounds = int.Parse(Option("--rounds", "5"), CultureInfo.InvariantCulture);
var connections = int.Parse(Option("--connections", "64"), CultureInfo.InvariantCulture);
var stormWorkers = int.Parse(Option("--storm-workers", "48"), CultureInfo.InvariantCulture);
var root = Host.FindRepositoryRoot();
var output = Path.GetFullPath(Option("--out", Path.Combine(root, "tests", "FactCheck.Soak", "RESULTS.md")));
var keep = args.Contains("--keep");
// Deletes the WAL after each kill: a run that must fail, to show that the checks can see a lost write.
var dropWal = args.Contains("--drop-wal");

Console.WriteLine("Building the API (Release)");
var build = Process.Start("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(root, "src", "FactCheck.Api")])!;
await build.WaitForExitAsync();
if (build.ExitCode != 0)
{
    return 1;
}
var apiDll = Path.Combine(root, "src", "FactCheck.Api", "bin", "Release", "net10.0", "FactCheck.Api.dll");
var work = Directory.CreateTempSubdirectory("factcheck-soak-").FullName;
var dataDirectory = Path.Combine(work, "data");
var databaseFile = Path.Combine(dataDirectory, "factcheck.db");
var adminKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
// Records of this run carry words that begin with these letters, so a search for one finds exactly one record.
var runWord = "soak" + string.Concat(Enumerable.Range(0, 3).Select(_ => (char)('a' + Random.Shared.Next(26))));
var loadAtStart = Host.LoadAverage();
var server = await SoakServer.StartAsync(apiDll, dataDirectory, Host.FreePort(), adminKey);
var servers = new List<SoakServer> { server };
// Stopped from outside (Ctrl+C, a CI timeout), the suite still takes down the servers it started, by their pids.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillAll());
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll());
try
{
    var editorKey = await Setup.EditorKeyAsync(server.BaseUrl, adminKey);
    var world = new World();
    var ledger = new Ledger();
    using (var seeder = new SoakClient(server.BaseUrl, editorKey, 8, new Tally()))
    {
        Console.WriteLine("Seeding 300 claims");
        await Setup.SeedAsync(seeder, world, new Writes(seeder, world, ledger, runWord), 300);
    }

    Console.WriteLine($"[load] {seconds} s, {connections} connections, 90 % reads / 10 % writes");
    using var loadClient = new SoakClient(server.BaseUrl, editorKey, connections, new Tally());
    var load = await LoadRun.RunAsync(loadClient, world, ledger, new Writes(loadClient, world, ledger, runWord), seconds, connections);
    Console.WriteLine($"[load] {load.Tally.Total:N0} requests, {load.Tally.ServerErrors} 5xx, {load.ReadBack.Lost.Count} acknowledged creates lost");

    var crashes = new List<CrashFigures>();
    for (var round = 1; round <= rounds; round++)
    {
        Console.WriteLine($"[crash {round}/{rounds}] write storm, kill -9 {server.Pid}, restart");
        var (figures, restarted) = await CrashRound.RunAsync(round, server, () => SoakServer.StartAsync(apiDll, dataDirectory, Host.FreePort(), adminKey),
            databaseFile, world, ledger, runWord, stormWorkers, editorKey, dropWal);
        server = restarted;
        lock (servers)
        {
            servers.Add(server);
        }
        crashes.Add(figures);
        Console.WriteLine($"[crash {round}/{rounds}] {figures.Acknowledged} writes acknowledged, {figures.Presence.Missing.Count} missing; {figures.Database.Summary}");
    }

    Console.WriteLine($"[final] reading back all {ledger.Acked.Count:N0} acknowledged creates, then an orderly stop");
    using var finalClient = new SoakClient(server.BaseUrl, editorKey, 16, new Tally());
    var final = await ReadBack.CheckAsync(finalClient, ledger, ledger.Acked);
    await server.StopAsync();
    var finalDatabase = await DatabaseCheck.RunAsync(databaseFile);

    var serverFailures = servers.SelectMany(s => s.Failures).ToList();
    var report = new Report(load, crashes, final, finalDatabase, finalClient.Tally, serverFailures, $"{Host.Machine()}; load average {loadAtStart} at the start, {Host.LoadAverage()} at the end", seconds, rounds, stormWorkers, dropWal);
    var markdown = report.Markdown();
    Console.WriteLine();
    Console.WriteLine(markdown);
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine($"Written to {output}");
    if (!report.Passed)
    {
        Console.Error.WriteLine("FAILED: " + string.Join("; ", report.Failures()));
        return 1;
    }
    return 0;
}
finally
{
    foreach (var started in servers)
    {
        await started.DisposeAsync();
    }
    if (keep)
    {
        Console.WriteLine($"Kept the data directory {dataDirectory}");
    }
    else
    {
        Directory.Delete(work, recursive: true);
    }
}

void KillAll()
{
    lock (servers)
    {
        servers.ForEach(s => s.KillIfRunning());
    }
}

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
