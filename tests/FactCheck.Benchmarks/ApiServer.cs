using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>The API built in Release, run as its own process on 127.0.0.1 against one data directory.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private ApiServer(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>
    /// What the measured server runs with besides production's settings (and its own data directory and addresses): the
    /// yardsticks under /benchmark, and no rate limits, since wrk's few connections would spend any client's budget at once.
    /// The report states them.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, string Value)> Settings =
        [("FactCheck:BenchmarkMode", "true"), ("FactCheck:RateLimits:Enabled", "false")];

    /// <summary>Seconds from process start to the first answer: start-up work (migrations, backfills) included.</summary>
    public double StartSeconds { get; private set; }

    public static ProcessStartInfo Command(string apiDll, string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(apiDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["FactCheck__DataDirectory"] = dataDirectory;
        start.Environment["FactCheck__DemoData"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>A port nothing listens on, so a server left running elsewhere is never measured by mistake.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ApiServer> StartAsync(string apiDll, string dataDirectory, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = Command(apiDll, dataDirectory, "--urls", baseUrl);
        foreach (var (key, value) in Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        // Production needs our public URLs for the ClaimReviews it publishes; here, the server's own address.
        start.Environment["FactCheck__Publisher__Url"] = baseUrl + "/";
        start.Environment["FactCheck__Publisher__ReviewBaseUrl"] = baseUrl + "/api/v1/claims/";
        var watch = Stopwatch.StartNew();
        var server = new ApiServer(Process.Start(start)!, baseUrl);
        server.process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        using var http = new HttpClient();
        // Up to ten minutes: a first start on a database seeded by SQL indexes every claim for matching.
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (server.process.HasExited)
            {
                break;
            }
            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl + "/benchmark/ping"));
                if (response.IsSuccessStatusCode)
                {
                    server.StartSeconds = watch.Elapsed.TotalSeconds;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("The API did not start:\n" + server.Output);
    }

    public string Output
    {
        get
        {
            lock (lastLines)
            {
                return string.Join('\n', lastLines);
            }
        }
    }

    /// <summary>Peak resident set size so far (VmHWM), in MiB.</summary>
    public double PeakRssMiB => ProcessMemory.PeakRssMiB(process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 50)
            {
                lastLines.Dequeue();
            }
        }
    }
}

internal static class ProcessMemory
{
    /// <summary>Reads /proc/PID/status: VmHWM is the kernel's own peak of the resident set, so no sample is missed.</summary>
    public static double PeakRssMiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
