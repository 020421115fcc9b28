using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed partial class AuthTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Every operation of the OpenAPI document with its ids filled in, so a new endpoint cannot escape the checks.</summary>
    private async Task<List<(string Method, string Path, bool Admin)>> OperationsAsync()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        return [.. document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => Methods.Contains(m.Key))
            .Select(m => (m.Key.ToUpperInvariant(), PathId().Replace(p.Key, Guid.NewGuid().ToString()), ((string?)m.Value!["description"])!.Contains("with the admin role", StringComparison.Ordinal))))];
    }

    /// <summary>Whether the document says the operation needs a key (an editor's or an admin's).</summary>
    private async Task<bool> KeyRequiredAsync(string method, string path)
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        return document["paths"]!.AsObject().Any(p => Regex.IsMatch(path, "^" + PathId().Replace(p.Key, "[^/]+") + "$")
            && ((string?)p.Value![method.ToLowerInvariant()]?["description"])?.Contains("Needs an API key", StringComparison.Ordinal) == true);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json") };

    [Fact]
    public async Task Every_write_needs_a_key_and_an_editor_role()
    {
        var anonymous = app.CreateAnonymousClient();
        var reader = await app.CreateClientWithRoleAsync("reader");
        var writes = (await OperationsAsync()).Where(o => o.Method != "GET").ToList();
        Assert.True(writes.Count >= 15, $"only {writes.Count} writes found");

        foreach (var (method, path, _) in writes)
        {
            var unauthenticated = await anonymous.SendAsync(Request(method, path));
            var body = await ProblemAssert.IsProblemAsync(unauthenticated, HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
            Assert.Contains("ApiKey", unauthenticated.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.Contains("X-Api-Key", (string?)body["detail"], StringComparison.Ordinal);

            await ProblemAssert.IsProblemAsync(await reader.SendAsync(Request(method, path)), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        }
    }

    [Fact]
    public async Task Every_admin_operation_is_forbidden_to_editors_and_readers()
    {
        var editor = await app.CreateClientWithRoleAsync("editor");
        var reader = await app.CreateClientWithRoleAsync("reader");
        var admin = (await OperationsAsync()).Where(o => o.Admin).ToList();
        Assert.True(admin.Count >= 8, $"only {admin.Count} admin operations"); // keys (3) and the purges (5)

        foreach (var (method, path, _) in admin)
        {
            await ProblemAssert.IsProblemAsync(await editor.SendAsync(Request(method, path)), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
            await ProblemAssert.IsProblemAsync(await reader.SendAsync(Request(method, path)), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        }
    }

    [Fact]
    public async Task Reads_are_open_without_a_key_but_a_bad_key_is_a_401()
    {
        var anonymous = app.CreateAnonymousClient();
        var reads = (await OperationsAsync()).Where(o => o.Method == "GET" && !o.Admin).ToList();
        Assert.True(reads.Count >= 20, $"only {reads.Count} reads found");
        foreach (var (method, path, isAdmin) in reads)
        {
            if (await KeyRequiredAsync(method, path))
            {
                // Reads of editors' own business (import jobs) need an editor key like writes: 401 without one.
                await ProblemAssert.IsProblemAsync(await anonymous.SendAsync(Request(method, path)), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
                continue;
            }
            // Search needs something to look for (without it: 400, which is not what this test is about).
            var response = await anonymous.SendAsync(Request(method, path.EndsWith("/search", StringComparison.Ordinal) ? path + "?q=chemical" : path));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"GET {path}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // The record the path names is not there: said as a problem, not an empty or HTML page.
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemAssert.NotFound);
            }
        }
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "fck_not-a-key");
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/v1/claims"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
    }

    [Theory]
    [InlineData("api_key")]
    [InlineData("apikey")]
    [InlineData("apiKey")]
    [InlineData("key")]
    [InlineData("X-Api-Key")]
    public async Task A_key_in_the_query_string_is_refused(string name)
    {
        var body = await ProblemAssert.IsProblemAsync(
            await app.CreateAnonymousClient().GetAsync($"/api/v1/claims?{name}={Uri.EscapeDataString(FactCheckApp.AdminKey)}"),
            HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        Assert.Equal("API keys are accepted only in the X-Api-Key header, never in the query string.", (string?)body["detail"]);
    }

    [Fact]
    public async Task An_editor_key_writes_and_its_name_is_the_author_in_history()
    {
        var editor = await app.CreateClientWithRoleAsync("editor", "newsroom-desk");

        var actor = await editor.CreateActorAsync();

        var history = await editor.GetOkAsync($"/api/v1/actors/{Id(actor)}/history");
        Assert.Equal("newsroom-desk", (string?)history["items"]![0]!["by"]);
    }

    [Fact]
    public async Task Keys_are_shown_once_stored_hashed_listed_and_revocable()
    {
        var admin = app.CreateClient();
        var response = await admin.PostAsJsonAsync("/api/v1/keys", new { name = "fact-desk", role = "editor" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        var secret = (string)created["key"]!;
        Assert.StartsWith("fck_", secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40);

        var list = (await admin.GetAsync("/api/v1/keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, await list, StringComparison.Ordinal);
        Assert.Contains("fact-desk", await list, StringComparison.Ordinal);
        Assert.False(await DatabaseContainsAsync(secret));
        Assert.False(await DatabaseContainsAsync(FactCheckApp.AdminKey));

        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/keys", new { name = "fact-desk", role = "reader" }), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        await ProblemAssert.IsValidationProblemAsync(await admin.PostAsJsonAsync("/api/v1/keys", new { name = "", role = "superuser" }), "role");

        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        await client.CreateActorAsync();
        var revoked = await admin.DeleteAsync($"/api/v1/keys/{Id(created)}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotNull((string?)(await revoked.ReadJsonAsync())["revokedAt"]);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/claims"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/v1/keys/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    /// <summary>Reads every text and blob column of the database file and looks for <paramref name="text"/>.</summary>
    private async Task<bool> DatabaseContainsAsync(string text)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(app.DataDirectory, "factcheck.db"));
        var wal = Path.Combine(app.DataDirectory, "factcheck.db-wal");
        var all = bytes.Concat(File.Exists(wal) ? await ReadSharedAsync(wal) : []).ToArray();
        return Encoding.UTF8.GetString(all).Contains(text, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex PathId();
}

public sealed class KeysRequiredForReadsTests : IDisposable
{
    private readonly ReadsLockedApp app = new();

    [Fact]
    public async Task With_keys_required_for_reads_an_anonymous_read_is_a_401_and_a_reader_key_reads()
    {
        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync("/api/v1/claims"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        var reader = await app.CreateClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/claims")).StatusCode);
        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync("/api/v1/actors", new { name = "A", kind = "person" }), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
    }

    public void Dispose() => app.Dispose();

    private sealed class ReadsLockedApp : FactCheckApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:RequireKeyForReads", "true");
        }
    }
}
