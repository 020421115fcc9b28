using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Benchmarks;

/// <summary>One wrk run's figures; latencies in milliseconds.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50, double P99, long Requests, long Errors);

/// <summary>Drives the server with wrk (Debian package "wrk") and reads its report.</summary>
internal static partial class Wrk
{
    public static void EnsureInstalled()
    {
        if (Which("wrk"))
        {
            return;
        }
        Console.WriteLine("wrk is missing; installing the Debian package.");
        if (!Which("apt-get") || Run("apt-get", "install -y -qq wrk") != 0 && (Run("apt-get", "update -qq") != 0 || Run("apt-get", "install -y -qq wrk") != 0))
        {
            throw new InvalidOperationException("wrk is needed: install it with `apt-get install wrk` (as root) and run again.");
        }
    }

    /// <summary>Runs wrk; <paramref name="script"/> is a Lua file for requests other than a plain GET of the URL.</summary>
    public static WrkResult Run(string url, int connections, int threads, int seconds, string? script = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s" })
        {
            start.ArgumentList.Add(arg);
        }
        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        var rps = RequestsPerSecond().Match(output);
        var requests = Requests().Match(output);
        if (process.ExitCode != 0 || !rps.Success || !requests.Success)
        {
            throw new InvalidOperationException($"wrk failed on {url}:\n{output}");
        }
        var errors = NonSuccess().Match(output) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        errors += SocketErrors().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkResult(Number(rps.Groups[1].Value), Percentile(output, "50%"), Percentile(output, "99%"),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture), errors);
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No {label} latency in wrk's report:\n{output}");
        }
        var value = Number(match.Groups[1].Value);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static bool Which(string program) => Run("sh", $"-c \"command -v {program}\"") == 0;

    private static int Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
