using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Reflection;
using FactCheck.Api.ClaimReview;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>A service whose own publisher name is hostile, so that the configured text is tested too.</summary>
public sealed class HostilePublisherApp : FactCheckApp
{
    public static readonly string PublisherName = ClaimReviewSafetyTests.Hostile("Publisher");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:Publisher:Name", PublisherName);
    }
}

/// <summary>
/// ClaimReview JSON-LD is pasted into &lt;script type="application/ld+json"&gt; on publishers' pages: whatever the
/// statements say, the bytes must hold no &lt;, &gt; or &amp; (nor U+2028/U+2029), and the JSON must still read back as
/// the original text. Null members and empty arrays are left out.
/// </summary>
public sealed class ClaimReviewSafetyTests(HostilePublisherApp app) : IClassFixture<HostilePublisherApp>
{
    private readonly HttpClient client = app.CreateClient();

    public static string Hostile(string label) =>
        $"{label} </script><script>alert(1)</script> <!-- x --> &amp; & \u2028 \u2029 'single' \"double\" \\ {Guid.NewGuid():N}";

    private async Task<(string ClaimId, Dictionary<string, string> Texts)> HostileClaimAsync()
    {
        var texts = new Dictionary<string, string>
        {
            ["claimant"] = Hostile("Claimant"), ["jobTitle"] = Hostile("Title"), ["statement"] = Hostile("Statement"),
            ["headline"] = Hostile("Headline"), ["sourcePublisher"] = Hostile("Source publisher"), ["rationale"] = Hostile("Rationale"),
            ["url"] = $"https://news.example.org/report?a=1&b=%3Cscript%3E&c={Guid.NewGuid():N}",
        };
        var actor = await client.PostOkAsync("/api/v1/actors", new { name = texts["claimant"], kind = "person", title = texts["jobTitle"] });
        var source = await client.PostOkAsync("/api/v1/sources", new { title = texts["headline"], kind = "news_article", url = texts["url"], publisher = texts["sourcePublisher"] });
        var claim = await client.PostOkAsync("/api/v1/claims", new
        {
            statement = texts["statement"], claimantId = Id(actor), madeAt = "2021-12-21T10:00:00Z", appearances = new[] { Id(source) }, language = "en",
        });
        await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/status", new { status = "refuted", rationale = texts["rationale"] });
        return (Id(claim), texts);
    }

    /// <summary>The raw bytes: nothing a browser's HTML parser would act on inside a script element.</summary>
    private static async Task<JsonObject> ReadInertAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain((byte)'<', bytes);
        Assert.DoesNotContain((byte)'>', bytes);
        Assert.DoesNotContain((byte)'&', bytes);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u2029', text);
        Assert.Contains("\\u003C/script\\u003E", text, StringComparison.OrdinalIgnoreCase);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static void AssertReadsBack(JsonNode review, Dictionary<string, string> texts)
    {
        Assert.Equal(texts["statement"], (string?)review["claimReviewed"]);
        var author = review["itemReviewed"]!["author"]!;
        Assert.Equal(texts["claimant"], (string?)author["name"]);
        Assert.Equal(texts["jobTitle"], (string?)author["jobTitle"]);
        var appearance = review["itemReviewed"]!["appearance"]![0]!;
        Assert.Equal(texts["headline"], (string?)appearance["headline"]);
        Assert.Equal(texts["url"], (string?)appearance["url"]);
        Assert.Equal(texts["sourcePublisher"], (string?)appearance["publisher"]!["name"]);
        Assert.Equal(texts["rationale"], (string?)review["reviewRating"]!["ratingExplanation"]);
        Assert.Equal(HostilePublisherApp.PublisherName, (string?)review["author"]!["name"]);
    }

    [Fact]
    public async Task Hostile_text_in_a_claim_review_is_escaped_and_reads_back_unchanged()
    {
        var (claimId, texts) = await HostileClaimAsync();

        var review = await ReadInertAsync(await client.GetAsync($"/api/v1/claims/{claimId}/claimreview"));

        AssertReadsBack(review, texts);
    }

    [Fact]
    public async Task Hostile_text_in_the_feed_is_escaped_and_reads_back_unchanged()
    {
        var (claimId, texts) = await HostileClaimAsync();

        JsonNode? found = null;
        string? cursor = null;
        do
        {
            var feed = await ReadInertAsync(await client.GetAsync("/api/v1/claimreview?limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")));
            Assert.Equal($"{HostilePublisherApp.PublisherName} verdicts", (string?)feed["name"]);
            found ??= feed["dataFeedElement"]!.AsArray().Select(e => e!["item"]![0]!).FirstOrDefault(r => ((string)r["url"]!).EndsWith(claimId, StringComparison.Ordinal));
            cursor = (string?)feed["nextCursor"];
        }
        while (cursor is not null);

        Assert.True(found is not null, $"the feed has no review of {claimId}");
        AssertReadsBack(found, texts);
    }

    [Fact]
    public async Task Null_members_and_empty_arrays_are_left_out()
    {
        // No title, no appearances, no language, and a source with no URL, publisher or date: every optional member is absent.
        var bare = await client.PostOkAsync("/api/v1/actors", new { name = $"Briefer {Guid.NewGuid():N}", kind = "organization" });
        var withoutSources = await client.PostOkAsync("/api/v1/claims", new { statement = $"Bare claim {Guid.NewGuid():N}", claimantId = Id(bare), madeAt = "2021-12-21T10:00:00Z" });
        var briefing = await client.PostOkAsync("/api/v1/sources", new { title = "Briefing", kind = "press_briefing" });
        var withBriefing = await client.PostOkAsync("/api/v1/claims", new
        {
            statement = $"Briefed claim {Guid.NewGuid():N}", claimantId = Id(bare), madeAt = "2021-12-21T10:00:00Z", appearances = new[] { Id(briefing) },
        });
        foreach (var claim in new[] { withoutSources, withBriefing })
        {
            await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/status", new { status = "disputed", rationale = "Both sides have material." });
        }

        var first = await client.GetAsync($"/api/v1/claims/{Id(withoutSources)}/claimreview");
        var second = await client.GetAsync($"/api/v1/claims/{Id(withBriefing)}/claimreview");
        var lastPage = await client.GetAsync($"/api/v1/claimreview?limit=100&cursor={Uri.EscapeDataString(await LastCursorAsync())}");

        var bareReview = await ReadCompactAsync(first);
        Assert.False(bareReview.ContainsKey("inLanguage"));
        Assert.False(bareReview["itemReviewed"]!.AsObject().ContainsKey("appearance"));
        Assert.False(bareReview["itemReviewed"]!.AsObject().ContainsKey("firstAppearance"));
        Assert.False(bareReview["itemReviewed"]!["author"]!.AsObject().ContainsKey("jobTitle"));
        var appearance = (await ReadCompactAsync(second))["itemReviewed"]!["appearance"]![0]!.AsObject();
        Assert.Equal(["@type", "headline"], appearance.Select(p => p.Key));
        Assert.False((await ReadCompactAsync(lastPage)).ContainsKey("nextCursor"));
    }

    /// <summary>Any endpoint, now or later, that answers JSON-LD does so through the one writer that escapes and compacts it.</summary>
    [Fact]
    public void Every_json_ld_endpoint_answers_through_the_json_ld_writer()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.ContentTypes.Contains("application/ld+json")))
            .ToList();

        Assert.True(endpoints.Count >= 2, $"only {endpoints.Count} JSON-LD endpoints found");
        foreach (var endpoint in endpoints)
        {
            var returns = Flatten(endpoint.Metadata.OfType<MethodInfo>().Single().ReturnType).ToList();
            Assert.True(returns.Contains(typeof(JsonLdResult)), $"{endpoint.DisplayName} does not answer through JsonLdResult");
            Assert.DoesNotContain(returns, t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JsonHttpResult<>));
        }
    }

    /// <summary>Task&lt;Results&lt;A, B&gt;&gt; is A, B (and the wrappers themselves).</summary>
    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type) : [type];

    /// <summary>A cursor to the last page of the feed, whatever else the fixture's database holds.</summary>
    private async Task<string> LastCursorAsync()
    {
        string? cursor = null, last;
        do
        {
            var feed = await client.GetOkAsync("/api/v1/claimreview?limit=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            (last, cursor) = (cursor, (string?)feed["nextCursor"]);
        }
        while (cursor is not null);
        return last!;
    }

    private static async Task<JsonObject> ReadCompactAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var document = JsonNode.Parse(text)!.AsObject();
        AssertCompact(document, text);
        return document;
    }

    private static void AssertCompact(JsonNode? node, string document)
    {
        Assert.True(node is not null, $"A null member in {document}");
        switch (node)
        {
            case JsonObject members:
                foreach (var member in members)
                {
                    AssertCompact(member.Value, document);
                }
                break;
            case JsonArray items:
                Assert.True(items.Count > 0, $"An empty array in {document}");
                foreach (var item in items)
                {
                    AssertCompact(item, document);
                }
                break;
        }
    }
}
