using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A key from creation to revocation, as its admin sees it in the list and its holder in answers: what the secret looks
/// like, when its last use moves, that a revocation keeps its first time, and what each refusal says.
/// </summary>
public sealed partial class KeyLifecycleTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private async Task<(JsonObject Created, HttpResponseMessage Response)> CreateAsync(string role = "editor")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/keys", new { name = $"desk-{Guid.NewGuid():N}", role });
        return (await response.ReadJsonAsync(), response);
    }

    private async Task<JsonObject> ListedAsync(string id) =>
        (await admin.GetOkArrayAsync("/api/v1/keys")).Single(k => (string?)k!["id"] == id)!.AsObject();

    private HttpClient Holding(string secret)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    [Fact]
    public async Task A_new_key_is_url_safe_answered_once_with_its_location_and_listed_by_its_prefix()
    {
        for (var i = 0; i < 8; i++) // 32 random bytes in base64 hold a '+' or '/' three times in four: eight keys show it
        {
            var (created, response) = await CreateAsync();
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var secret = (string)created["key"]!;
            Assert.Matches(UrlSafeKey(), secret);
            Assert.Equal($"/api/v1/keys/{Id(created)}", response.Headers.Location!.OriginalString);
            var listed = await ListedAsync(Id(created));
            Assert.Equal(secret[..10], (string?)listed["prefix"]);
            Assert.Equal(FactCheckApp.AdminName, (string?)listed["createdBy"]);
            Assert.Equal((string?)created["createdAt"], (string?)listed["createdAt"]);
            Assert.Null(listed["lastUsedAt"]);
        }
    }

    [Fact]
    public async Task Keys_are_listed_in_the_order_they_were_made_and_a_taken_name_is_a_409_naming_it()
    {
        var (first, _) = await CreateAsync();
        var (second, _) = await CreateAsync("reader");

        var ids = (await admin.GetOkArrayAsync("/api/v1/keys")).Select(k => (string)k!["id"]!).ToList();

        Assert.True(ids.IndexOf(Id(first)) < ids.IndexOf(Id(second)), string.Join(", ", ids));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var name = (string)second["name"]!;
        var taken = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/keys", new { name, role = "admin" }), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Equal($"A key named '{name}' already exists; names are unique because history records them.", (string?)taken["detail"]);
    }

    [Fact]
    public async Task Last_use_is_written_at_the_first_use_and_then_at_most_once_a_minute()
    {
        var (created, _) = await CreateAsync("reader");
        var holder = Holding((string)created["key"]!);

        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/claims")).StatusCode);
        var first = (string?)(await ListedAsync(Id(created)))["lastUsedAt"];
        Assert.NotNull(first);

        // A minute to the tick is not yet past it: the clock stands still but for the test's own steps.
        var step = app.Clock.AutoAdvanceAmount;
        app.Clock.AutoAdvanceAmount = TimeSpan.Zero;
        try
        {
            var usedAt = DateTime.Parse(first!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
            app.Clock.Advance(usedAt - app.UtcNow + TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/claims")).StatusCode);
            Assert.Equal(first, (string?)(await ListedAsync(Id(created)))["lastUsedAt"]);
        }
        finally
        {
            app.Clock.AutoAdvanceAmount = step;
        }

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/claims")).StatusCode);
        var later = (string?)(await ListedAsync(Id(created)))["lastUsedAt"];
        Assert.True(DateTime.Parse(later!, System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(first!, System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.FromMinutes(1),
            $"last use {first} then {later}");
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/claims")).StatusCode);
        Assert.Equal(later, (string?)(await ListedAsync(Id(created)))["lastUsedAt"]);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_saying_so_and_revoking_it_again_keeps_the_first_time()
    {
        var (created, _) = await CreateAsync();
        var holder = Holding((string)created["key"]!);
        var revoked = await (await admin.DeleteAsync($"/api/v1/keys/{Id(created)}")).ReadJsonAsync();
        Assert.NotNull((string?)revoked["revokedAt"]);

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await admin.DeleteAsync($"/api/v1/keys/{Id(created)}");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)revoked["revokedAt"], (string?)(await again.ReadJsonAsync())["revokedAt"]);
        Assert.Equal((string?)revoked["revokedAt"], (string?)(await ListedAsync(Id(created)))["revokedAt"]);
        var response = await holder.GetAsync("/api/v1/claims");
        var refused = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        Assert.Equal("The API key is not valid or has been revoked.", (string?)refused["detail"]);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Revoking_a_key_that_does_not_exist_is_a_404_naming_it()
    {
        var unknown = Guid.NewGuid();

        var problem = await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/v1/keys/{unknown}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);

        Assert.Equal($"No API key has the id '{unknown}'.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_forbidden_answer_names_the_key_and_an_empty_key_header_reads_as_anonymous()
    {
        var name = $"reader-{Guid.NewGuid():N}";
        var reader = await app.CreateClientWithRoleAsync("reader", name);

        var forbidden = await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync("/api/v1/actors", new { name = "A", kind = "person" }),
            HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        Assert.Equal($"The API key '{name}' does not have a role that allows this operation.", (string?)forbidden["detail"]);

        var empty = app.CreateAnonymousClient();
        empty.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", "");
        Assert.Equal(HttpStatusCode.OK, (await empty.GetAsync("/api/v1/claims")).StatusCode);
        var unauthenticated = await ProblemAssert.IsProblemAsync(await empty.PostAsJsonAsync("/api/v1/actors", new { name = "A", kind = "person" }),
            HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        Assert.Equal("This operation needs an API key in the X-Api-Key header.", (string?)unauthenticated["detail"]);
    }

    [GeneratedRegex("^fck_[A-Za-z0-9_-]{43}$")]
    private static partial Regex UrlSafeKey();
}
