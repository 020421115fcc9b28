using System.Diagnostics;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>The real program run as a process on the command line (<c>keys</c>, <c>import</c>, <c>export</c>) against a data directory.</summary>
public static class CommandLine
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FactCheck.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["FactCheck__DataDirectory"] = dataDirectory;
        start.Environment["FactCheck__DemoData"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
