using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class SourcesTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Create_stores_the_source_in_utc_and_answers_201()
    {
        var url = $"https://www.example.com/politics/{Guid.NewGuid():N}";
        var response = await client.PostAsJsonAsync("/api/v1/sources", new
        {
            title = "Russia will engage in US security talks as tensions escalate over Ukraine", kind = "news_article", url,
            publisher = "Fox News", publishedAt = "2021-12-22T03:30:00+03:00", language = "en", archiveUrl = "https://archive.example.org/1",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/sources/{Id(body)}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("2021-12-22T00:30:00Z", (string?)body["publishedAt"]);
        Assert.Equal("news_article", (string?)body["kind"]);
        Assert.Equal(url, (string?)body["url"]);
    }

    [Fact]
    public async Task A_briefing_may_have_no_url()
    {
        var body = await client.PostOkAsync("/api/v1/sources", new { title = "Pentagon press briefing", kind = "press_briefing" });
        Assert.Null((string?)body["url"]);
        Assert.Null((string?)body["publishedAt"]);
    }

    [Fact]
    public async Task A_url_already_recorded_is_a_409_naming_the_source()
    {
        var first = await client.CreateSourceAsync();

        var response = await client.PostAsJsonAsync("/api/v1/sources", new { title = "Copy", kind = "report", url = (string)first["url"]! });

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Contains(Id(first), (string?)body["detail"], StringComparison.Ordinal);
        var other = await client.CreateSourceAsync();
        await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/sources/{Id(other)}", new { title = "Copy", kind = "report", url = (string)first["url"]! }),
            HttpStatusCode.Conflict, ProblemAssert.Conflict);
    }

    [Fact]
    public async Task The_url_filter_finds_the_one_source()
    {
        var source = await client.CreateSourceAsync();

        var page = await client.GetOkAsync($"/api/v1/sources?url={Uri.EscapeDataString((string)source["url"]!)}");

        Assert.Equal([Id(source)], page["items"]!.AsArray().Select(i => Id(i!)));
        Assert.Null((string?)page["nextCursor"]);
    }

    [Fact]
    public async Task Get_update_and_404()
    {
        var source = await client.CreateSourceAsync();
        Assert.Equal((string?)source["title"], (string?)(await client.GetOkAsync($"/api/v1/sources/{Id(source)}"))["title"]);

        var response = await client.PutAsJsonAsync($"/api/v1/sources/{Id(source)}", new { title = "Renamed", kind = "transcript", url = (string)source["url"]! });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        Assert.Equal("transcript", (string?)(await response.ReadJsonAsync())["kind"]);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/sources/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/sources/{Guid.NewGuid()}", new { title = "X", kind = "other" }),
            HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task Invalid_fields_are_named()
    {
        var response = await client.PostAsJsonAsync("/api/v1/sources", new
        {
            title = "", kind = "news_article", url = "/relative/path", archiveUrl = "javascript:alert(1)", language = "english!", publishedAt = "1700-01-01T00:00:00Z",
        });
        var body = await ProblemAssert.IsValidationProblemAsync(response, "title", "url", "archiveUrl", "language", "publishedAt");
        Assert.StartsWith("'publishedAt'", (string?)body["errors"]!["publishedAt"]![0], StringComparison.Ordinal);
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsync("/api/v1/sources", new StringContent("""{"title":"T","kind":"news_article","publishedAt":"22/12/2021"}""", System.Text.Encoding.UTF8, "application/json")),
            "publishedAt");
    }

    [Fact]
    public async Task Delete_is_refused_while_a_claim_appears_in_the_source()
    {
        var source = await client.CreateSourceAsync();
        await client.CreateClaimAsync(appearances: [Id(source)]);
        var unused = await client.CreateSourceAsync();

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/sources/{Id(source)}"), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/sources/{Id(unused)}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/sources/{Id(unused)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/sources/{Id(unused)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var history = await client.GetOkAsync($"/api/v1/sources/{Id(unused)}/history");
        Assert.Equal("delete", (string?)history["items"]![0]!["operation"]);
    }

    [Fact]
    public async Task Paging_visits_every_source_exactly_once()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(Id(await client.CreateSourceAsync()));
        }

        var seen = await client.ReadAllPagesAsync("/api/v1/sources", limit: 2);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(created, seen.Where(created.Contains));
    }
}
