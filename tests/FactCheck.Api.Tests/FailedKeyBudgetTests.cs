using System.Net;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>The budget of failed keys per address is a rate limit: with rate limits off, it is off too.</summary>
public sealed class FailedKeyBudgetTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Fact]
    public async Task With_rate_limits_off_every_wrong_key_is_a_401_however_many_are_sent()
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", $"fck_wrong-{Guid.NewGuid():N}");

        // The default budget is 10 failures a minute; three times that would meet a 429 if the budget applied.
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await ProblemAssert.IsProblemAsync(
                await client.GetAsync("/api/v1/claims"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        }
    }
}
