using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using FactCheck.Api.Tests.Infrastructure.Contract;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The real service on a real SQLite file in a directory of its own. Only the data directory and the demo switch
/// differ from production; everything else (migrations, WAL, validation, problem details) runs as shipped.
/// </summary>
public class FactCheckApp : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The admin key every test database starts with; clients from <see cref="WebApplicationFactory{T}.CreateClient()"/> send it.</summary>
    public const string AdminKey = "fck_test-admin-key-0123456789abcdefghijklmnop";

    /// <summary>The name history entries give to changes made with <see cref="AdminKey"/>.</summary>
    public const string AdminName = "bootstrap-admin";

    protected virtual bool DemoData => false;

    /// <summary>Leaves the database behind, for a test that starts the service again on it.</summary>
    public bool KeepDataOnDispose { get; init; }

    /// <summary>The host environment; "Production" checks what a deployment must configure.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Configuration a test adds (key, value), applied after the defaults above.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("FactCheck:DataDirectory", DataDirectory);
        builder.UseSetting("FactCheck:DemoData", DemoData ? "true" : "false");
        builder.UseSetting("FactCheck:BootstrapAdminKey", AdminKey);
        // Every test request comes from the same (empty) client address, and a class sends hundreds of them:
        // the limits would fail unrelated tests. RateLimitTests turn them on with small budgets.
        builder.UseSetting("FactCheck:RateLimits:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client sending the admin key, whose every answer is checked against openapi/v1.json.</summary>
    public new HttpClient CreateClient() => this.CreateCheckedClient();

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options) => this.CreateCheckedClient(options);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    /// <summary>A client that sends no key.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    /// <summary>A client with a new key of <paramref name="role"/>, created through the API by the admin.</summary>
    public async Task<HttpClient> CreateClientWithRoleAsync(string role, string? name = null)
    {
        var admin = CreateClient();
        var created = await admin.PostOkAsync("/api/v1/keys", new { name = name ?? $"{role}-{Guid.NewGuid():N}", role });
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["key"]!);
        return client;
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
