using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// The service on real Kestrel (a free port, a temporary SQLite directory, the demo data), an editor key made by the admin
/// through the API, and one headless Chromium driven by Playwright. Each test opens its own page in a fresh context.
/// </summary>
public sealed class SwaggerUiFixture : IAsyncLifetime
{
    private readonly KestrelApp app = new() { Settings = new Dictionary<string, string> { ["FactCheck:DemoData"] = "true" } };
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Address => app.Address;

    /// <summary>An editor key, to paste into Authorize as a user would.</summary>
    public string EditorKey { get; private set; } = "";

    /// <summary>The admin's client, for checking through the API what the page did.</summary>
    public HttpClient Api => app.CreateClient();

    public async Task InitializeAsync()
    {
        // With every test skipped (no browser here), xunit 2 still builds the class fixture: there is nothing to start.
        if (Chromium.SkipReason is not null)
        {
            return;
        }
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(
                $"FACTCHECK_BROWSER_TESTS=required but there is no Chromium at {Chromium.ExecutablePath}: install it (apt-get install -y chromium) or set FACTCHECK_CHROMIUM.");
        }
        var created = await app.CreateClient().PostOkAsync("/api/v1/keys", new { name = "swagger-ui-editor", role = "editor" });
        EditorKey = (string)created["key"]!;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Headless = true });
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A page in a context of its own (no authorization persisted from another test).</summary>
    public async Task<SwaggerUiPage> NewPageAsync(string testName)
    {
        var context = await browser!.NewContextAsync(new() { BaseURL = Address.ToString(), ViewportSize = new() { Width = 1280, Height = 1000 } });
        context.SetDefaultTimeout(15_000);
        return new SwaggerUiPage(await context.NewPageAsync(), testName);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        app.Dispose();
    }
}
