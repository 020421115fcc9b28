using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The real service on a real SQLite file in a directory of its own. Only the data directory and the demo switch
/// differ from production; everything else (migrations, WAL, validation, problem details) runs as shipped.
/// </summary>
public class FactCheckApp : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    protected virtual bool DemoData => false;

    /// <summary>Leaves the database behind, for a test that starts the service again on it.</summary>
    public bool KeepDataOnDispose { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("FactCheck:DataDirectory", DataDirectory);
        builder.UseSetting("FactCheck:DemoData", DemoData ? "true" : "false");
        // Every test request comes from the same (empty) client address, and a class sends hundreds of them:
        // the limits would fail unrelated tests. RateLimitTests turn them on with small budgets.
        builder.UseSetting("FactCheck:RateLimits:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepDataOnDispose)
        {
            return;
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp directory is cleaned by the OS.
        }
    }
}

/// <summary>The same, with the demo data loaded at start-up.</summary>
public sealed class DemoApp : FactCheckApp
{
    protected override bool DemoData => true;
}
