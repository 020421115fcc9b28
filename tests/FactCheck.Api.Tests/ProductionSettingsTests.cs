using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Tests;

/// <summary>What a deployment must configure: in Production, the service will not start publishing ClaimReviews as localhost.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task In_production_start_up_names_the_missing_publisher_urls_and_starts_once_they_are_set()
    {
        using var unconfigured = new FactCheckApp { EnvironmentName = "Production" };

        var failure = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());

        var message = (failure as OptionsValidationException ?? failure.InnerException)?.Message ?? failure.Message;
        Assert.Contains("FactCheck:Publisher:Url (environment variable FactCheck__Publisher__Url) must be set", message, StringComparison.Ordinal);
        Assert.Contains("FactCheck:Publisher:ReviewBaseUrl (environment variable FactCheck__Publisher__ReviewBaseUrl) must be set", message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(unconfigured.DataDirectory, "factcheck.db")), "a server that cannot start touched the database");

        using var configured = new FactCheckApp
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string>
            {
                ["FactCheck:Publisher:Url"] = "https://factcheck.example.org/",
                ["FactCheck:Publisher:ReviewBaseUrl"] = "https://factcheck.example.org/reviews/",
            },
        };
        var client = configured.CreateClient();
        var claim = await client.CreateClaimAsync();
        var id = ApiClient.Id(claim);
        await client.PostOkAsync($"/api/v1/claims/{id}/status", new { status = "refuted", rationale = "The Pentagon called it false." });
        var review = await client.GetOkAsync($"/api/v1/claims/{id}/claimreview");
        Assert.Equal($"https://factcheck.example.org/reviews/{id}", (string?)review["url"]);
    }
}
