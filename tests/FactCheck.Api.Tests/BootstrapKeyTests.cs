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

    /// <param name="keep">Leave the database for a start after this one.</param>
    private static FactCheckApp AppWith(string? bootstrapKey, string? directory = null, string environment = "Testing", bool keep = false)
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
            ? new FactCheckApp { Settings = settings, EnvironmentName = environment, KeepDataOnDispose = keep }
            : new FactCheckApp { Settings = settings, EnvironmentName = environment, KeepDataOnDispose = keep, DataDirectory = directory };
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

        Assert.Contains("FactCheck:BootstrapAdminKey must be at least 32 characters long.", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_of_200_characters_the_longest_presented_is_the_admin_key_and_one_longer_stops_start_up()
    {
        var longest = "fck_" + new string('l', 196);
        using (var app = AppWith(longest))
        {
            Assert.Equal("bootstrap-admin", (string?)Assert.Single(await With(app, longest).GetOkArrayAsync("/api/v1/keys"))!["name"]);
        }
        using var longer = AppWith(longest + "l");

        var failure = Assert.ThrowsAny<Exception>(() => longer.CreateClient());

        Assert.Contains("FactCheck:BootstrapAdminKey must be at most 200 characters long.", failure.ToString(), StringComparison.Ordinal);
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
    public async Task A_blank_key_is_ignored_and_once_any_key_exists_even_a_revoked_one_no_bootstrap_key_is_stored()
    {
        const string Another = "fck_another-bootstrap-key-0123456789abcdef";
        string directory;
        using (var blank = AppWith("   ", keep: true))
        {
            directory = blank.DataDirectory;
            await ProblemAssert.IsProblemAsync(await With(blank, FactCheckApp.AdminKey).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        }
        // Stored at this later start, so the blank one made no key; then it revokes itself, the database's only key.
        using (var later = AppWith(FactCheckApp.AdminKey, directory, keep: true))
        {
            var bootstrap = With(later, FactCheckApp.AdminKey);
            var key = Assert.Single(await bootstrap.GetOkArrayAsync("/api/v1/keys"))!;
            Assert.Equal("bootstrap-admin", (string?)key["name"]);
            var revoked = await bootstrap.DeleteAsync($"/api/v1/keys/{key["id"]}");
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
            Assert.NotNull((await revoked.ReadJsonAsync())["revokedAt"]);
        }

        using var restarted = AppWith(Another, directory);

        await ProblemAssert.IsProblemAsync(await With(restarted, Another).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        await ProblemAssert.IsProblemAsync(await With(restarted, FactCheckApp.AdminKey).GetAsync("/api/v1/keys"), HttpStatusCode.Unauthorized, Unauthorized);
        await restarted.CreateAnonymousClient().GetOkAsync("/api/v1/claims");
    }
}
