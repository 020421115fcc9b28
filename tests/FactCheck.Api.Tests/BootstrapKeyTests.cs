using System.Net;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// FactCheck:BootstrapAdminKey: a secret of at least 32 characters that becomes the admin key <c>bootstrap-admin</c> on a
/// database with no key at all, and is never stored again once any key exists. Each test starts the service on a database of its own.
/// </summary>
public sealed class BootstrapKeyTests
{
    private const string Unauthorized = "urn:factcheck:problem:unauthorized";

    private static FactCheckApp AppWith(string? bootstrapKey, string? directory = null, string environment = "Testing")
    {
        var settings = new Dictionary<string, string>
        {
            ["FactCheck:Publisher:Url"] = "https://factcheck.example.org/",
            ["FactCheck:Publisher:ReviewBaseUrl"] = "https://factcheck.example.org/reviews/",
        };
        if (bootstrapKey is not null)
        {
            settings["FactCheck:BootstrapAdminKey"] = bootstrapKey;
        }
        return directory is null
            ? new FactCheckApp { Settings = settings, EnvironmentName = environment, KeepDataOnDispose = true }
            : new FactCheckApp { Settings = settings, EnvironmentName = environment, KeepDataOnDispose = true, DataDirectory = directory };
    }

    private static HttpClient With(FactCheckApp app, string key)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public void A_key_of_31_characters_stops_start_up_naming_the_setting()
    {
        using var app = AppWith(new string('k', 31));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = failure.InnerException?.Message ?? failure.Message;
        Assert.Contains("FactCheck:BootstrapAdminKey must be at least 32 characters long.", failure.ToString(), StringComparison.Ordinal);
        Assert.NotNull(message);
    }

    [Fact]
    public async Task A_key_of_32_characters_becomes_the_admin_key_bootstrap_admin_made_by_configuration_in_production_too()
    {
        var secret = "fck_" + new string('b', 28);
        using var app = AppWith(secret, environment: "Production");
        var admin = With(app, secret);

        var keys = await admin.GetOkArrayAsync("/api/v1/keys");

        var key = Assert.Single(keys)!;
        Assert.Equal("bootstrap-admin", (string?)key["name"]);
        Assert.Equal("admin", (string?)key["role"]);
        Assert.Equal("configuration", (string?)key["createdBy"]);
        Assert.Equal(secret[..10], (string?)key["prefix"]);
        Assert.Null(key["revokedAt"]);
        await admin.PostOkAsync("/api/v1/keys", new { name = "newsroom-desk", role = "editor" });
    }

    [Fact]
    public async Task A_blank_key_is_ignored_and_one_set_at_a_later_start_is_stored_while_the_database_has_no_key()
    {
        string directory;
        using (var blank = AppWith("   "))
        {
            directory = blank.DataDirectory;
            await ProblemAssert.IsProblemAsync(await With(blank, FactCheckApp.AdminKey).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
            await ProblemAssert.IsProblemAsync(await With(blank, "   ".PadRight(32, 'x')).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        }

        using var later = AppWith(FactCheckApp.AdminKey, directory);
        var key = Assert.Single(await With(later, FactCheckApp.AdminKey).GetOkArrayAsync("/api/v1/keys"))!;
        Assert.Equal("bootstrap-admin", (string?)key["name"]);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Once_a_key_exists_another_bootstrap_key_is_not_stored_and_the_first_keeps_working()
    {
        const string Another = "fck_another-bootstrap-key-0123456789abcdef";
        string directory;
        using (var first = AppWith(FactCheckApp.AdminKey))
        {
            directory = first.DataDirectory;
            await With(first, FactCheckApp.AdminKey).GetOkArrayAsync("/api/v1/keys");
        }

        using var restarted = AppWith(Another, directory);

        await ProblemAssert.IsProblemAsync(await With(restarted, Another).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        var key = Assert.Single(await With(restarted, FactCheckApp.AdminKey).GetOkArrayAsync("/api/v1/keys"))!;
        Assert.Equal(FactCheckApp.AdminKey[..10], (string?)key["prefix"]);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_revoked_bootstrap_key_stays_revoked_when_the_service_starts_again_with_it()
    {
        string directory, deskAdmin;
        using (var first = AppWith(FactCheckApp.AdminKey))
        {
            directory = first.DataDirectory;
            var bootstrap = With(first, FactCheckApp.AdminKey);
            deskAdmin = (string)(await bootstrap.PostOkAsync("/api/v1/keys", new { name = "desk-admin", role = "admin" }))["key"]!;
            var id = (string)Assert.Single(await bootstrap.GetOkArrayAsync("/api/v1/keys"), k => (string?)k!["name"] == "bootstrap-admin")!["id"]!;
            Assert.Equal(HttpStatusCode.OK, (await With(first, deskAdmin).DeleteAsync($"/api/v1/keys/{id}")).StatusCode);
        }

        using var restarted = AppWith(FactCheckApp.AdminKey, directory);

        await ProblemAssert.IsProblemAsync(await With(restarted, FactCheckApp.AdminKey).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        var keys = await With(restarted, deskAdmin).GetOkArrayAsync("/api/v1/keys");
        Assert.Equal(["bootstrap-admin", "desk-admin"], keys.Select(k => (string)k!["name"]!).Order());
        Assert.NotNull(keys.Single(k => (string?)k!["name"] == "bootstrap-admin")!["revokedAt"]);
        Directory.Delete(directory, recursive: true);
    }
}
