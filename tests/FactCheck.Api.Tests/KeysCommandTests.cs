using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FactCheck.Api.Tests;

/// <summary>The real program's <c>keys</c> subcommands, run as a process on a database that a test host then serves.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    private Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => CommandLine.RunAsync(directory, args);

    [Fact]
    public async Task Keys_made_on_the_command_line_work_over_http_until_revoked()
    {
        var (code, output, error) = await RunAsync("keys", "create", "--name", "first-admin", "--role", "admin");
        Assert.True(code == 0, error);
        var secret = output.Trim();
        Assert.StartsWith("fck_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', secret);
        Assert.Contains("shown once", error, StringComparison.Ordinal);

        var list = await RunAsync("keys", "list");
        Assert.Contains("first-admin", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Out, StringComparison.Ordinal);

        using (var app = new AppOn(directory))
        {
            var client = app.CreateAnonymousClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
            var key = Assert.Single(await client.GetOkArrayAsync("/api/v1/keys"), k => (string?)k!["name"] == "first-admin")!;
            Assert.Equal(("admin", "command-line"), ((string?)key["role"], (string?)key["createdBy"]));

            // What the key writes is in the history under the key's name, with the values before and after.
            var actor = ApiClient.Id(await client.CreateActorAsync());
            (await client.PatchJsonAsync($"/api/v1/actors/{actor}", """{"title":"Minister of Defence"}""")).EnsureSuccessStatusCode();
            var history = (await client.GetOkAsync($"/api/v1/actors/{actor}/history"))["items"]!.AsArray();
            Assert.All(history, e => Assert.Equal("first-admin", (string?)e!["by"]));
            var title = Assert.Single(history[0]!["changes"]!.AsArray())!;
            Assert.Equal(("title", "Minister", "Minister of Defence"), ((string?)title["field"], (string?)title["before"], (string?)title["after"]));
        }

        Assert.Equal(0, (await RunAsync("keys", "revoke", "first-admin")).Code);
        using (var app = new AppOn(directory))
        {
            var client = app.CreateAnonymousClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
            await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        }
        Assert.Equal(2, (await RunAsync("keys", "create", "--role", "emperor")).Code);
        Assert.Equal(1, (await RunAsync("keys", "revoke", "nobody")).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // left to the OS's temp clean-up
        }
    }

    private sealed class AppOn(string directory) : FactCheckApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:DataDirectory", directory);
        }
    }
}
