using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>The demo data and the storage set-up, each test with a database of its own.</summary>
public sealed class DemoDataTests
{
    private const string ShoiguClaim = "017ddfa6-f280-77ce-9f37-a214592c0798";

    [Fact]
    public async Task A_fresh_start_loads_the_five_demo_claims_with_shoigus_refuted()
    {
        using var app = new DemoApp();
        var client = app.CreateClient();

        var claims = await client.GetOkAsync("/api/v1/claims?limit=100");
        var shoigu = await client.GetOkAsync($"/api/v1/claims/{ShoiguClaim}");

        Assert.Equal(5, claims["items"]!.AsArray().Count);
        Assert.Equal("refuted", (string?)shoigu["evidenceStatus"]);
        Assert.Equal("Sergei Shoigu", (string?)shoigu["claimant"]!["name"]);
        Assert.Contains("unidentified chemical components", (string?)shoigu["statement"], StringComparison.Ordinal);
        var kirby = shoigu["rebuttals"]!.AsArray().Single()!;
        Assert.Equal("John Kirby", (string?)kirby["actor"]!["name"]);
        Assert.Contains("completely false", (string?)kirby["statement"], StringComparison.Ordinal);
        Assert.Equal("refutes", (string?)shoigu["evidence"]![0]!["bearing"]);
        var statuses = claims["items"]!.AsArray().Select(c => (string)c!["evidenceStatus"]!).Order();
        Assert.Equal(["disputed", "no_evidence_offered", "refuted", "unverified", "unverified"], statuses);
        var history = await client.GetOkAsync($"/api/v1/claims/{ShoiguClaim}/history");
        Assert.All(history["items"]!.AsArray(), h => Assert.Equal("demo-data", (string?)h!["by"]));
    }

    [Fact]
    public async Task The_demo_data_is_never_loaded_twice_even_after_it_was_deleted()
    {
        var first = new DemoApp { KeepDataOnDispose = true };
        var client = first.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{ShoiguClaim}")).StatusCode);
        first.Dispose();

        using var second = new DemoAppOn(first.DataDirectory);
        var claims = await second.CreateClient().GetOkAsync("/api/v1/claims?limit=100");

        Assert.Equal(4, claims["items"]!.AsArray().Count);
        Assert.DoesNotContain(claims["items"]!.AsArray(), c => Id(c!) == ShoiguClaim);
    }

    [Fact]
    public async Task The_database_is_a_sqlite_file_in_wal_mode_under_a_created_data_directory()
    {
        using var app = new FactCheckApp();
        Assert.False(Directory.Exists(app.DataDirectory));
        await app.CreateClient().GetOkAsync("/api/v1/claims");

        var file = Path.Combine(app.DataDirectory, "factcheck.db");
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM __EFMigrationsHistory;";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task The_root_redirects_to_swagger_ui_which_is_served()
    {
        using var app = new FactCheckApp();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        var ui = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/swagger", root.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger-ui", await ui.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A second start on the data directory of an earlier one.</summary>
    private sealed class DemoAppOn(string directory) : FactCheckApp
    {
        protected override bool DemoData => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:DataDirectory", directory);
        }
    }
}
