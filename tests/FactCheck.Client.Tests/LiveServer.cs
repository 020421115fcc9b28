using FactCheck.Client;
using FactCheck.Client.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace FactCheck.Client.Tests;

/// <summary>
/// The service as shipped, behind a real Kestrel on 127.0.0.1 and a free port, on a SQLite file in a directory of its own:
/// the generated client talks HTTP to it the way it would talk to a deployment.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    /// <summary>The admin key the database starts with (FactCheck:BootstrapAdminKey), the way a deployment makes its first key.</summary>
    public const string AdminKey = "fck_client-tests-admin-key-0123456789abcdefghij";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "factcheck-client-tests", Guid.NewGuid().ToString("N"));

    public LiveServer() => UseKestrel(0);

    /// <summary>Where the server listens: the base URL a client is given, since the contract names no server.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        }
    }

    /// <summary>A generated client that sends <paramref name="apiKey"/> in X-Api-Key, or no key.</summary>
    public FactCheckClient CreateFactCheckClient(string? apiKey)
    {
        // Kiota's ApiKeyAuthenticationProvider sends keys over https only; this server listens on plain http.
        var http = KiotaClientFactory.Create();
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = Address.ToString().TrimEnd('/'),
        };
        return new FactCheckClient(adapter);
    }

    /// <summary>A new key of <paramref name="role"/> named <paramref name="name"/>, made by the admin through the client.</summary>
    public async Task<string> CreateKeyAsync(string name, ApiKeyRole role)
    {
        var created = await CreateFactCheckClient(AdminKey).Api.V1.Keys.PostAsync(new ApiKeyRequest { Name = name, Role = role });
        return created?.Key ?? throw new InvalidOperationException("The key was created without a key.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("FactCheck:DataDirectory", dataDirectory);
        builder.UseSetting("FactCheck:DemoData", "false");
        builder.UseSetting("FactCheck:BootstrapAdminKey", AdminKey);
        builder.UseSetting("FactCheck:RateLimits:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the temp directory is cleaned by the OS.
        }
    }
}
