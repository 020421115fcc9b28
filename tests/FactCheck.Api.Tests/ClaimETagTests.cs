using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A claim's ETag covers everything its representation embeds or that belongs to it: its claimant, its sources, its
/// rebuttals and their authors, its evidence, its reviews, its repeat links and its status. Each change here must leave a
/// client holding the old tag with a full GET and a refused If-Match.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class ClaimETagTests(FactCheckApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private sealed class Subject
    {
        public required string Id { get; init; }
        public required string ClaimantId { get; init; }
        public required string[] SourceIds { get; init; }
        public required string[] SourceUrls { get; init; }
        public string RebutterId { get; set; } = "";
        public string? TwinId { get; set; }
        public Dictionary<string, string> Parts { get; } = [];
        public string Path => $"/api/v1/claims/{Id}";
        public string PartPath(string parts) => $"{Path}/{parts}/{Parts[parts]}";
    }

    [Theory]
    [InlineData("claimant patched")]
    [InlineData("claimant replaced")]
    [InlineData("first source patched")]
    [InlineData("second source replaced")]
    [InlineData("rebuttal author patched")]
    [InlineData("rebuttal added")]
    [InlineData("rebuttal replaced")]
    [InlineData("rebuttal deleted")]
    [InlineData("rebuttal restored")]
    [InlineData("evidence added")]
    [InlineData("evidence replaced")]
    [InlineData("evidence deleted")]
    [InlineData("evidence restored")]
    [InlineData("review added")]
    [InlineData("review replaced")]
    [InlineData("review deleted")]
    [InlineData("review restored")]
    [InlineData("status changed")]
    [InlineData("repeat linked")]
    [InlineData("repeat unlinked")]
    [InlineData("appearances patched")]
    [InlineData("claim deleted and restored")]
    public async Task The_claims_etag_moves_when(string change)
    {
        var subject = await NewSubjectAsync();
        await PrepareAsync(subject, change);
        var before = await client.ETagOfAsync(subject.Path);
        await client.AssertUnchangedAsync(subject.Path, before);

        await ApplyAsync(subject, change);

        await client.AssertMovedAsync(subject.Path, before, change);
    }

    [Fact]
    public async Task A_refused_delete_of_the_claimant_or_a_source_leaves_the_claims_etag()
    {
        var subject = await NewSubjectAsync();
        var before = await client.ETagOfAsync(subject.Path);

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/actors/{subject.ClaimantId}"), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/sources/{subject.SourceIds[1]}"), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        await client.AssertUnchangedAsync(subject.Path, before);
    }

    private async Task<Subject> NewSubjectAsync()
    {
        var claimant = Id(await client.CreateActorAsync());
        var sources = new[] { await client.CreateSourceAsync(), await client.CreateSourceAsync() };
        var claim = await client.CreateClaimAsync(claimant, [.. sources.Select(Id)]);
        return new Subject
        {
            Id = Id(claim), ClaimantId = claimant,
            SourceIds = [.. sources.Select(Id)], SourceUrls = [.. sources.Select(s => (string)s["url"]!)],
        };
    }

    private static object Rebuttal(Subject s, string statement) => new { actorId = s.RebutterId, statement, kind = "denial" };

    private static object EvidenceItem(string summary) => new { summary, bearing = "refutes", strength = "weak", url = "https://example.org/evidence" };

    private static object Review(string url, string rating) => new
    {
        publisher = new { name = "Example Fact Check" }, url, title = "No smuggling", textualRating = rating, publishedAt = "2021-12-23T09:00:00Z",
    };

    /// <summary>Makes what the change needs exist before the ETag is read (a part to replace, a tombstone to restore, a link to remove).</summary>
    private async Task PrepareAsync(Subject s, string change)
    {
        var (kind, verb) = (change.Split(' ')[0], change.Split(' ')[^1]);
        if (kind == "rebuttal")
        {
            s.RebutterId = Id(await client.CreateActorAsync());
        }
        if (kind is "rebuttal" or "evidence" or "review" && verb != "added")
        {
            var (parts, body) = kind switch
            {
                "rebuttal" => ("rebuttals", Rebuttal(s, "Completely false.")),
                "evidence" => ("evidence", EvidenceItem("The Pentagon denies it.")),
                _ => ("reviews", Review($"https://factcheck.example.org/{Guid.NewGuid():N}", "False")),
            };
            s.Parts[parts] = Id(await client.PostOkAsync($"{s.Path}/{parts}", body));
            if (verb == "restored")
            {
                Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(s.PartPath(parts))).StatusCode);
            }
        }
        if (kind == "repeat")
        {
            s.TwinId = Id(await client.CreateClaimAsync(s.ClaimantId));
            if (verb == "unlinked")
            {
                await client.PostOkAsync($"/api/v1/claims/{s.TwinId}/repeats", new { claimId = s.Id });
            }
        }
    }

    private async Task ApplyAsync(Subject s, string change)
    {
        var response = change switch
        {
            "claimant patched" => await client.PatchJsonAsync($"/api/v1/actors/{s.ClaimantId}", """{"title":"Minister of Defence of Russia"}"""),
            "claimant replaced" => await client.PutAsJsonAsync($"/api/v1/actors/{s.ClaimantId}", new { name = $"Renamed {Guid.NewGuid():N}", kind = "person" }),
            "first source patched" => await client.PatchJsonAsync($"/api/v1/sources/{s.SourceIds[0]}", """{"title":"A corrected headline"}"""),
            "second source replaced" => await client.PutAsJsonAsync($"/api/v1/sources/{s.SourceIds[1]}", new { title = "Retitled", kind = "report", url = s.SourceUrls[1] }),
            "rebuttal author patched" => await client.PatchJsonAsync($"/api/v1/actors/{s.RebutterId}", """{"title":"Pentagon Press Secretary"}"""),
            "rebuttal added" => await client.PostAsJsonAsync($"{s.Path}/rebuttals", Rebuttal(s, "No.")),
            "rebuttal replaced" => await client.PutAsJsonAsync(s.PartPath("rebuttals"), Rebuttal(s, "Completely and utterly false.")),
            "evidence added" => await client.PostAsJsonAsync($"{s.Path}/evidence", EvidenceItem("Satellite imagery shows nothing.")),
            "evidence replaced" => await client.PutAsJsonAsync(s.PartPath("evidence"), EvidenceItem("The Pentagon denies it firmly.")),
            "review added" => await client.PostAsJsonAsync($"{s.Path}/reviews", Review($"https://factcheck.example.org/{Guid.NewGuid():N}", "False")),
            "review replaced" => await client.PutAsJsonAsync(s.PartPath("reviews"), Review($"https://factcheck.example.org/{Guid.NewGuid():N}", "Mostly false")),
            "rebuttal deleted" => await client.DeleteAsync(s.PartPath("rebuttals")),
            "evidence deleted" => await client.DeleteAsync(s.PartPath("evidence")),
            "review deleted" => await client.DeleteAsync(s.PartPath("reviews")),
            "rebuttal restored" => await client.PostAsync($"{s.PartPath("rebuttals")}/restore", null),
            "evidence restored" => await client.PostAsync($"{s.PartPath("evidence")}/restore", null),
            "review restored" => await client.PostAsync($"{s.PartPath("reviews")}/restore", null),
            "status changed" => await client.PostAsJsonAsync($"{s.Path}/status", new { status = "refuted", rationale = "Denied with evidence." }),
            "repeat linked" => await client.PostAsJsonAsync($"/api/v1/claims/{s.TwinId}/repeats", new { claimId = s.Id }),
            "repeat unlinked" => await client.DeleteAsync($"/api/v1/claims/{s.TwinId}/repeats/{s.Id}"),
            "appearances patched" => await client.PatchJsonAsync(s.Path, $$"""{"appearances":["{{s.SourceIds[1]}}","{{s.SourceIds[0]}}"]}"""),
            "claim deleted and restored" => await DeleteAndRestoreAsync(s.Path),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
        Assert.True(response.IsSuccessStatusCode, $"{change}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<HttpResponseMessage> DeleteAndRestoreAsync(string path)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(path)).StatusCode);
        return await client.PostAsync($"{path}/restore", null);
    }
}
