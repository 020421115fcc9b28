using System.Diagnostics;

namespace FactCheck.Soak;

/// <summary>
/// The API built in Release, run as its own process (<c>dotnet FactCheck.Api.dll</c>, one process, so its pid is the
/// server's) on 127.0.0.1 against one data directory, which outlives the process so that a restart finds it again.
/// </summary>
internal sealed class SoakServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly ServerLog log = new();

    private SoakServer(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Pid => process.Id;

    /// <summary>Seconds from process start to the first answer (recovery of the WAL and migrations included).</summary>
    public double StartSeconds { get; private set; }

    /// <summary>Lines the server logged at error level or above (an unhandled exception behind a 500, say).</summary>
    public IReadOnlyList<string> Failures => log.Failures;

    public static async Task<SoakServer> StartAsync(string apiDll, string dataDirectory, int port, string adminKey)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(apiDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["FactCheck__DataDirectory"] = dataDirectory;
        start.Environment["FactCheck__DemoData"] = "false";
        start.Environment["FactCheck__BootstrapAdminKey"] = adminKey;
        // 64 connections from one key and one address would meet the per-key limits within a second: this measures
        // correctness under load, not the limiter, so it is off (FactCheck__RateLimits__Enabled=false).
        start.Environment["FactCheck__RateLimits__Enabled"] = "false";
        start.Environment["FactCheck__Publisher__Url"] = baseUrl + "/";
        start.Environment["FactCheck__Publisher__ReviewBaseUrl"] = baseUrl + "/api/v1/claims/";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var watch = Stopwatch.StartNew();
        var server = new SoakServer(Process.Start(start)!, baseUrl);
        server.process.OutputDataReceived += (_, e) => server.log.Keep(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.log.Keep(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 600 && !server.process.HasExited; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl + "/api/v1/claims?limit=1"));
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
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("The API did not start:\n" + server.Output);
    }

    /// <summary><c>kill -9 PID</c>: no shutdown hook, no flush, no checkpoint; the process is simply gone.</summary>
    public async Task KillNineAsync()
    {
        using var kill = Process.Start("kill", ["-9", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        await process.WaitForExitAsync();
    }

    /// <summary>An orderly stop (SIGTERM), as a service manager would, so the last start leaves a checkpointed file.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }
    }

    public void KillIfRunning()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
    }

    public string Output => log.Output;

    public async ValueTask DisposeAsync()
    {
        KillIfRunning();
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
