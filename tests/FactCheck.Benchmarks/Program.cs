using System.Diagnostics;
using System.Globalization;
using FactCheck.Benchmarks;

// The benchmark program of the README: builds the API in Release, seeds each size by bulk SQL, runs the server on
// 127.0.0.1 and drives it with wrk, times the import command, then prints one table and writes it to --out.
// Options: --sizes 100000,1000000  --seconds 10  --imports 10000,100000  --out FILE  --keep (leave the databases for a look).
// The whole run is timed (the API build, seeding, measuring, importing): the results state what a run costs.
var elapsed = Stopwatch.StartNew();
var sizes = Option("--sizes", "100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var seconds = int.Parse(Option("--seconds", "10"), CultureInfo.InvariantCulture);
var importSizes = Option("--imports", "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries)
    .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var root = FindRepositoryRoot();
var keep = args.Contains("--keep");
var output = Path.GetFullPath(Option("--out", Path.Combine(root, "tests", "FactCheck.Benchmarks", "RESULTS.md")));

Wrk.EnsureInstalled();
Console.WriteLine("Building the API (Release)");
var build = Process.Start("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(root, "src", "FactCheck.Api")])!;
await build.WaitForExitAsync();
if (build.ExitCode != 0)
{
    return 1;
}
var apiDll = Path.Combine(root, "src", "FactCheck.Api", "bin", "Release", "net10.0", "FactCheck.Api.dll");
var work = Directory.CreateTempSubdirectory("factcheck-benchmark-").FullName;
var text = new ClaimText();
try
{
    var figures = new List<SizeFigures>();
    foreach (var size in sizes)
    {
        figures.Add(await SizeRun.RunAsync(apiDll, work, size, seconds, text, keep));
    }
    var imports = new List<ImportFigures>();
    foreach (var reviews in importSizes)
    {
        Console.WriteLine($"[import] {reviews:N0} reviews");
        imports.Add(await ImportBenchmark.RunAsync(apiDll, work, reviews, text));
    }
    var command = "dotnet run -c Release --project tests/FactCheck.Benchmarks" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
    var markdown = Report.Markdown(figures, imports, new RunFacts(command, seconds, Machine(), elapsed.Elapsed));
    Console.WriteLine();
    Console.WriteLine(markdown);
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine($"Written to {output}");
    Console.WriteLine($"Total time: {Report.Duration(elapsed.Elapsed)}");
    return figures.Sum(f => f.Errors) == 0 ? 0 : 1;
}
finally
{
    if (keep)
    {
        Console.WriteLine($"Kept the databases in {work}");
    }
    else
    {
        Directory.Delete(work, recursive: true);
    }
}

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
        {
            return directory.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the FactCheck repository.");
}

static string Machine()
{
    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
    var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    var gib = double.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024;
    return $"{Environment.ProcessorCount} cores ({cpu}), {gib:F0} GiB memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
