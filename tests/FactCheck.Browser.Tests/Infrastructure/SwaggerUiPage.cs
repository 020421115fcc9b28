using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// Swagger UI as a user works it: open it, authorize, expand an operation, fill in its fields, execute. Every step
/// leaves a screenshot under screenshots/ beside the test assembly, and every console error the page logs is kept.
/// </summary>
public sealed class SwaggerUiPage(IPage page, string testName)
{
    private readonly List<string> consoleErrors = Collect(page);
    private int step;

    public IPage Page => page;

    /// <summary>What the page logged as errors (CSP refusals, script exceptions, failed loads), in order.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static List<string> Collect(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        return errors;
    }

    /// <summary>Opens <paramref name="path"/> and waits until Swagger UI has rendered the document's operations.</summary>
    public async Task OpenAsync(string path = "/swagger")
    {
        await page.GotoAsync(path);
        await Expect(page.Locator(".opblock-tag").First).ToBeVisibleAsync();
        await ScreenshotAsync("opened");
    }

    /// <summary>A screenshot of <paramref name="element"/>, or of what the window shows when none is given.</summary>
    public async Task ScreenshotAsync(string what, ILocator? element = null)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        step++;
        var path = Path.Combine(ScreenshotDirectory, $"{testName}-{step:00}-{what}.png");
        if (element is null)
        {
            await page.ScreenshotAsync(new() { Path = path });
        }
        else
        {
            await element.ScreenshotAsync(new() { Path = path });
        }
    }

    /// <summary>Authorize: the key into the API key field, Authorize, Close; the padlock shows it is held.</summary>
    public async Task AuthorizeAsync(string key)
    {
        await page.Locator(".auth-wrapper .authorize").ClickAsync();
        var dialog = page.Locator(".modal-ux");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("input").FillAsync(key);
        await ScreenshotAsync("authorize-key-typed");
        await dialog.Locator("button.authorize").ClickAsync();
        await Expect(dialog.Locator("button", new() { HasText = "Logout" })).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Authorized" })).ToBeVisibleAsync();
        await ScreenshotAsync("authorized");
        await dialog.Locator("button.btn-done").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>Expands an operation (by tag and operation id) and returns its block.</summary>
    public async Task<ILocator> ExpandAsync(string tag, string operationId)
    {
        var operation = page.Locator($"#operations-{tag}-{operationId}");
        if (!await operation.Locator(".opblock-body").IsVisibleAsync())
        {
            await operation.Locator(".opblock-summary-control").ClickAsync();
        }
        await Expect(operation.Locator(".opblock-body")).ToBeVisibleAsync();
        await ScreenshotAsync($"{operationId}-expanded", operation);
        return operation;
    }

    /// <summary>Executes the (already filled-in) operation and returns the live response's status and body.</summary>
    public async Task<(string Status, string Body)> ExecuteAsync(ILocator operation, string operationId)
    {
        await operation.Locator("button.execute").ClickAsync();
        var live = operation.Locator(".live-responses-table .response").First;
        await Expect(live).ToBeVisibleAsync();
        await ScreenshotAsync($"{operationId}-executed", operation.Locator(".responses-inner"));
        var status = (await live.Locator(".response-col_status").InnerTextAsync()).Trim();
        var body = await live.Locator(".response-col_description .highlight-code pre").First.InnerTextAsync();
        return (status, body);
    }
}
