using FactCheck.Api.Tests.Infrastructure.Contract;
using System.Net;
using FactCheck.Api.Http;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests;

/// <summary>Security headers on every kind of response, the Swagger UI switch, and errors that tell nothing internal.</summary>
public sealed class SecurityHeadersTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => Assert.Single(response.Headers.GetValues(name));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_response_carries_the_security_headers()
    {
        var response = await client.GetAsync("/api/v1/claims");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_problem_response_carries_the_security_headers()
    {
        var response = await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemAssert.NotFound);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Swagger_ui_and_the_openapi_document_carry_the_security_headers()
    {
        var ui = await client.GetAsync("/swagger/index.html");
        var document = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Equal("text/html", ui.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(ui);
        // The CSP allows no inline script: Swashbuckle's page must load all of its scripts from files.
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<\\s]", await ui.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        AssertSecurityHeaders(document);
    }

    [Fact]
    public async Task Without_swagger_ui_swagger_is_a_404_problem_and_the_document_is_still_served()
    {
        using var noUi = app.WithWebHostBuilder(b => b.UseSetting("FactCheck:SwaggerUi", "false"));
        var noUiClient = noUi.CreateCheckedClient(new() { AllowAutoRedirect = false });

        await ProblemAssert.IsProblemAsync(await noUiClient.GetAsync("/swagger"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await noUiClient.GetAsync("/swagger/index.html"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await noUiClient.GetAsync("/"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var document = await noUiClient.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("\"openapi\"", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_tells_nothing_internal()
    {
        // A service that fails as a broken database would, with a message that must stay in the server log.
        using var broken = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<CursorCodec>(_ => throw new InvalidOperationException("SELECT secret FROM internals"))));

        var response = await broken.CreateCheckedClient().GetAsync("/api/v1/actors");

        var text = await response.Content.ReadAsStringAsync();
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "urn:factcheck:problem:internal");
        Assert.DoesNotContain("SELECT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }
}
