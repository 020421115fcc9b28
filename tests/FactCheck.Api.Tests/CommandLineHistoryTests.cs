using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;
using static FactCheck.Api.Tests.WritePathHistoryTests;

namespace FactCheck.Api.Tests;

/// <summary>Whom the history names for what the command line writes: its own name for an import, the key's name for what a key it made writes.</summary>
public sealed class CommandLineHistoryTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_import_on_the_command_line_is_by_command_line_and_a_key_it_made_writes_under_its_own_name()
    {
        Directory.CreateDirectory(directory);
        var word = $"w{Guid.NewGuid():N}"[..14];
        var file = Path.Combine(directory, "reviews.json");
        await File.WriteAllTextAsync(file, ReviewImports.Review(ImportFixtures.NewUrl(), $"Ukraine hides chemical labs, says {word}.", $"Speaker {word}", "False"));
        var keyName = $"cli-desk-{word}";

        var import = await CommandLine.RunAsync(directory, "import", file);
        var created = await CommandLine.RunAsync(directory, "keys", "create", "--name", keyName, "--role", "admin");

        Assert.True(import.Code == 0, import.Error);
        Assert.True(created.Code == 0, created.Error);
        using var app = new AppOn(directory);
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Out.Trim());
        var key = Assert.Single(await client.GetOkArrayAsync("/api/v1/keys"), k => (string?)k!["name"] == keyName)!;
        Assert.Equal("command-line", (string?)key["createdBy"]);
        Assert.Equal("admin", (string?)key["role"]);

        var claimId = Id(Assert.Single((await client.GetOkAsync($"/api/v1/claims?q={word}"))["items"]!.AsArray())!);
        var history = await HistoryAsync(client, $"/api/v1/claims/{claimId}/history");
        Assert.Equal(["create:claim", "create:review"], history.Select(e => $"{e!["operation"]}:{e["entityType"]}").Where(e => e.StartsWith("create", StringComparison.Ordinal)).Order());
        Assert.All(history, e => Assert.Equal("command-line", (string?)e!["by"]));
        Assert.Equal("refuted", (string?)Changes(history.First(e => Changes(e!).ContainsKey("evidenceStatus"))!)["evidenceStatus"]!["after"]);
        var statusChange = Assert.Single((await client.GetOkAsync($"/api/v1/claims/{claimId}/status"))["items"]!.AsArray())!;
        Assert.Equal("command-line", (string?)statusChange["by"]);
        Assert.Equal("unverified", (string?)statusChange["previousStatus"]);
        Assert.Equal("refuted", (string?)statusChange["status"]);

        (await client.PatchJsonAsync($"/api/v1/claims/{claimId}", """{"summary":"Checked on the command line."}""")).EnsureSuccessStatusCode();
        var patched = (await HistoryAsync(client, $"/api/v1/claims/{claimId}/history"))[0]!;
        Assert.Equal(keyName, (string?)patched["by"]);
        Assert.Null((string?)Changes(patched)["summary"]!["before"]);
        Assert.Equal("Checked on the command line.", (string?)Changes(patched)["summary"]!["after"]);
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
