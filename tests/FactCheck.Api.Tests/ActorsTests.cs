using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ActorsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Create_answers_201_with_location_etag_and_the_actor()
    {
        var response = await client.PostAsJsonAsync("/api/v1/actors", new
        {
            name = "Sergei Shoigu", kind = "person", title = "Minister of Defence", affiliation = "Government of Russia",
            country = "RU", links = new[] { "https://en.wikipedia.org/wiki/Sergei_Shoigu" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/actors/{Id(body)}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("Sergei Shoigu", (string?)body["name"]);
        Assert.Equal("person", (string?)body["kind"]);
        Assert.Equal("RU", (string?)body["country"]);
        Assert.Equal("https://en.wikipedia.org/wiki/Sergei_Shoigu", (string?)body["links"]![0]);
        Assert.Equal(7, Guid.Parse(Id(body)).Version);
        Assert.EndsWith("Z", (string?)body["createdAt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_actor_with_its_etag()
    {
        var created = await client.CreateActorAsync("John Kirby");

        var response = await client.GetAsync($"/api/v1/actors/{Id(created)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("John Kirby", (string?)(await response.ReadJsonAsync())["name"]);
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_a_404_problem()
    {
        var id = Guid.NewGuid();
        var body = await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/actors/{id}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Contains(id.ToString(), (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_replaces_the_fields_and_moves_the_etag()
    {
        var created = await client.CreateActorAsync();

        var response = await client.PutAsJsonAsync($"/api/v1/actors/{Id(created)}", new { name = "Vladimir Putin", kind = "person", title = "President of Russia" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Vladimir Putin", (string?)body["name"]);
        Assert.Null((string?)body["country"]); // left out, so emptied: PUT replaces
        Assert.Equal("\"2\"", (await client.GetAsync($"/api/v1/actors/{Id(created)}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Update_of_an_unknown_id_is_a_404_problem() =>
        await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/actors/{Guid.NewGuid()}", new { name = "Nobody", kind = "person" }),
            HttpStatusCode.NotFound, ProblemAssert.NotFound);

    [Fact]
    public async Task Invalid_fields_are_each_named_in_a_validation_problem()
    {
        var response = await client.PostAsJsonAsync("/api/v1/actors", new
        {
            name = "  ", kind = "person", country = "Russia", title = new string('t', 501), links = new[] { "ftp://example.org/x", "not a url" },
        });

        var body = await ProblemAssert.IsValidationProblemAsync(response, "name", "country", "title", "links[0]", "links[1]");
        Assert.Contains("ISO 3166-1", (string?)body["errors"]!["country"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"A","kind":"alien"}""", "kind")]
    [InlineData("""{"name":"A","kind":1}""", "kind")]
    [InlineData("""{"kind":"person"}""", "name")]
    [InlineData("""{"name":null,"kind":"person"}""", "name")]
    [InlineData("""{"name":"A","kind":"person","nickname":"B"}""", "nickname")]
    public async Task Wrong_types_missing_and_unknown_fields_are_named(string json, string field)
    {
        var response = await client.PostAsync("/api/v1/actors", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Delete_removes_the_actor_and_keeps_its_history()
    {
        var created = await client.CreateActorAsync();

        var response = await client.DeleteAsync($"/api/v1/actors/{Id(created)}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/actors/{Id(created)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var history = await client.GetOkAsync($"/api/v1/actors/{Id(created)}/history");
        Assert.Equal(["delete", "create"], history["items"]!.AsArray().Select(i => (string)i!["operation"]!));
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/actors/{Id(created)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task Delete_of_a_claimant_is_a_409_problem_and_deletes_nothing()
    {
        var claimant = await client.CreateActorAsync();
        await client.CreateClaimAsync(Id(claimant));

        var body = await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/actors/{Id(claimant)}"), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Contains("1 claim(s)", (string?)body["detail"], StringComparison.Ordinal);
        await client.GetOkAsync($"/api/v1/actors/{Id(claimant)}");
    }

    [Fact]
    public async Task Paging_visits_every_actor_exactly_once()
    {
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(Id(await client.CreateActorAsync()));
        }

        var seen = await client.ReadAllPagesAsync("/api/v1/actors", limit: 3);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(created, id => Assert.Single(seen, id));
        Assert.Equal(created, seen.Where(created.Contains)); // oldest first
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=ten", "limit")]
    public async Task Bad_list_parameters_are_validation_problems(string query, string field) =>
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/actors?{query}"), field);

    [Fact]
    public async Task A_tampered_cursor_is_a_400()
    {
        await client.CreateActorAsync();
        await client.CreateActorAsync();
        var first = await client.GetOkAsync("/api/v1/actors?limit=1");
        var cursor = (string)first["nextCursor"]!;
        var tampered = (cursor[0] == 'A' ? 'B' : 'A') + cursor[1..];

        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/actors?cursor={Uri.EscapeDataString(tampered)}"), "cursor");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/actors?cursor={Uri.EscapeDataString(cursor[..^2])}"), "cursor");
    }
}
