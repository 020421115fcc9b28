using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ImportRoundTripTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    /// <summary>The real documents, in shared/ beside the checkout (see <see cref="SharedData"/>).</summary>
    private const string RealDocuments = "data/claimreview";

    [Fact]
    public async Task A_claim_exported_as_claim_review_is_recreated_in_an_empty_database()
    {
        var client = app.CreateClient();
        var claimant = Id(await client.CreateActorAsync($"Sergei Shoigu {Guid.NewGuid():N}"));
        var source = await client.CreateSourceAsync();
        var claim = await client.CreateClaimAsync(claimant, [Id(source)]);
        await client.PostAsJsonAsync($"/api/v1/claims/{Id(claim)}/status", new { status = "refuted", rationale = "Completely false." });
        var exported = await client.GetStringAsync($"/api/v1/claims/{Id(claim)}/claimreview");

        using var empty = new FactCheckApp();
        var other = empty.CreateClient();
        var report = await ImportTests.ImportAsync(other, exported);

        Assert.Empty(report["rejected"]!.AsArray());
        var imported = (await other.GetOkAsync("/api/v1/claims"))["items"]!.AsArray();
        var copy = await other.GetOkAsync($"/api/v1/claims/{Assert.Single(imported)!["id"]}");
        Assert.Equal((string?)claim["statement"], (string?)copy["statement"]);
        Assert.Equal((string?)claim["claimant"]!["name"], (string?)copy["claimant"]!["name"]);
        Assert.Equal("Minister", (string?)copy["claimant"]!["title"]);
        Assert.Equal("2021-12-21T10:00:00Z", (string?)copy["madeAt"]);
        Assert.Equal((string?)source["url"], (string?)copy["sources"]![0]!["url"]);
        Assert.Equal("refuted", (string?)copy["evidenceStatus"]);
        var review = (await other.GetOkAsync($"/api/v1/claims/{copy["id"]}/reviews"))["items"]![0]!;
        Assert.Equal("Refuted", (string?)review["textualRating"]);
        Assert.Equal(1, (double?)review["ratingValue"]);
        Assert.Equal(5, (double?)review["bestRating"]);
    }

    [SharedDataFact(RealDocuments)]
    public async Task The_real_documents_import_without_rejections_and_a_second_time_unchanged()
    {
        var files = Directory.GetFiles(SharedData.Folder(RealDocuments), "*.json").Order().ToList();
        Assert.NotEmpty(files);
        using var fresh = new FactCheckApp();
        var client = fresh.CreateClient();
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            var first = await ImportTests.ImportAsync(client, text);
            Assert.True(first["rejected"]!.AsArray().Count == 0, $"{Path.GetFileName(file)}: {first["rejected"]!.ToJsonString()}");
            Assert.True((int)first["reviews"]! > 0, Path.GetFileName(file));

            var second = await ImportTests.ImportAsync(client, text);
            foreach (var (kind, counts) in second["counts"]!.AsObject())
            {
                Assert.True((int)counts!["created"]! == 0 && (int)counts["updated"]! == 0, $"{Path.GetFileName(file)} again: {kind} {counts.ToJsonString()}");
            }
        }
    }
}
