using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Reviews;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

public sealed class RatingMappingsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Theory]
    [InlineData("  Pants on Fire! ", "pants on fire")]
    [InlineData("ENGAÑOSO", "enganoso")]
    [InlineData("Verdadero\ta  medias.", "verdadero a medias")]
    [InlineData("¡Falso!", "falso")]
    [InlineData(" ", "")]
    public void Labels_are_normalised(string text, string expected) => Assert.Equal(expected, RatingLabels.Normalise(text));

    [Fact]
    public async Task Common_english_and_spanish_labels_are_seeded()
    {
        var list = await app.CreateAnonymousClient().GetOkAsync("/api/v1/rating-mappings");
        var map = list["items"]!.AsArray().ToDictionary(i => (string)i!["label"]!, i => (string)i!["status"]!);

        Assert.Equal("refuted", map["false"]);
        Assert.Equal("refuted", map["pants on fire"]);
        Assert.Equal("refuted", map["falso"]);
        Assert.Equal("disputed", map["misleading"]);
        Assert.Equal("disputed", map["enganoso"]);
        Assert.Equal("unsubstantiated", map["no evidence"]);
        Assert.Equal("substantiated", map["verdadero"]);
        Assert.Equal("substantiated", map["mostly true"]);
    }

    [Fact]
    public async Task Admins_add_and_change_mappings_under_the_normalised_label()
    {
        var put = await app.CreateClient().PutAsJsonAsync("/api/v1/rating-mappings/" + Uri.EscapeDataString("Cuatro Pinochos!"), new { status = "refuted" });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await put.ReadJsonAsync();
        Assert.Equal("cuatro pinochos", (string?)body["label"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)body["updatedBy"]);
        var changed = await app.CreateClient().PutAsJsonAsync("/api/v1/rating-mappings/mixture", new { status = "unsubstantiated" });
        Assert.Equal("unsubstantiated", (string?)(await changed.ReadJsonAsync())["status"]);
        var list = await app.CreateClient().GetOkAsync("/api/v1/rating-mappings");
        Assert.Contains(list["items"]!.AsArray(), i => (string?)i!["label"] == "cuatro pinochos");
    }

    [Fact]
    public async Task Editors_may_not_change_mappings_and_bad_bodies_are_400s()
    {
        var editor = await app.CreateClientWithRoleAsync("editor");
        await ProblemAssert.IsProblemAsync(
            await editor.PutAsJsonAsync("/api/v1/rating-mappings/false", new { status = "substantiated" }), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        await ProblemAssert.IsValidationProblemAsync(await app.CreateClient().PutAsJsonAsync("/api/v1/rating-mappings/false", new { status = "lies" }), "status");
        await ProblemAssert.IsValidationProblemAsync(await app.CreateClient().PutAsJsonAsync("/api/v1/rating-mappings/%21%21", new { status = "refuted" }), "label");
    }
}
