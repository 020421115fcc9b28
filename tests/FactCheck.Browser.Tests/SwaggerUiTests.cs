using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Tests.Infrastructure;
using FactCheck.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Swagger UI in a real browser, as a user at /swagger sees and works it.</summary>
public sealed class SwaggerUiTests(SwaggerUiFixture ui) : IClassFixture<SwaggerUiFixture>
{
    [BrowserFact]
    public async Task The_root_leads_to_Swagger_UI_which_shows_every_tag_of_the_document()
    {
        var document = JsonNode.Parse(await ui.Api.GetStringAsync("/openapi/v1.json"))!;
        var tags = document["tags"]!.AsArray().Select(t => (string)t!["name"]!).ToList();
        Assert.NotEmpty(tags);
        var swagger = await ui.NewPageAsync(nameof(The_root_leads_to_Swagger_UI_which_shows_every_tag_of_the_document));

        await swagger.OpenAsync("/");

        Assert.EndsWith("/swagger/index.html", new Uri(swagger.Page.Url).AbsolutePath, StringComparison.Ordinal);
        foreach (var tag in tags)
        {
            var heading = swagger.Page.Locator($".opblock-tag[data-tag=\"{tag}\"]");
            await Expect(heading).ToBeVisibleAsync();
            Assert.StartsWith(tag, (await heading.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        }
        Assert.Equal(tags.Count, await swagger.Page.Locator(".opblock-tag").CountAsync());
    }

    [BrowserFact]
    public async Task Authorize_takes_an_editor_key()
    {
        var swagger = await ui.NewPageAsync(nameof(Authorize_takes_an_editor_key));
        await swagger.OpenAsync();
        await Expect(swagger.Page.Locator(".auth-wrapper .authorize.unlocked")).ToBeVisibleAsync();

        await swagger.AuthorizeAsync(ui.EditorKey);

        await Expect(swagger.Page.Locator(".auth-wrapper .authorize.locked")).ToBeVisibleAsync();
        var operation = await swagger.ExpandAsync("Claims", "CreateClaim");
        await Expect(operation.Locator("button.authorization__btn[aria-label='authorization button locked']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Try_it_out_creates_a_claim_and_reads_it_back()
    {
        var statement = $"Bilateral security talks will open in the first days of January ({Guid.NewGuid():N}).";
        var body = JsonSerializer.Serialize(new
        {
            statement,
            claimantId = DemoIds.Lavrov,
            madeAt = "2021-12-22T00:00:00Z",
            appearances = new[] { DemoIds.FoxNews },
            topics = new[] { "security talks" },
            language = "en",
        });
        var swagger = await ui.NewPageAsync(nameof(Try_it_out_creates_a_claim_and_reads_it_back));
        await swagger.OpenAsync();
        await swagger.AuthorizeAsync(ui.EditorKey);

        var create = await swagger.ExpandAsync("Claims", "CreateClaim");
        await create.Locator("textarea.body-param__text").FillAsync(body);
        var (createdStatus, createdBody) = await swagger.ExecuteAsync(create, "CreateClaim");

        Assert.Equal("201", createdStatus);
        await Expect(create.Locator(".curl-command")).ToContainTextAsync($"X-Api-Key: {ui.EditorKey}");
        var created = JsonNode.Parse(createdBody)!;
        Assert.Equal(statement, (string?)created["statement"]);
        Assert.Equal(DemoIds.Lavrov.ToString(), (string?)created["claimantId"]);
        var id = (string)created["id"]!;
        await Expect(create.Locator(".live-responses-table")).ToContainTextAsync($"location: /api/v1/claims/{id}");

        var read = await swagger.ExpandAsync("Claims", "GetClaim");
        await read.Locator("tr[data-param-name=\"id\"] input").FillAsync(id);
        var (readStatus, readBody) = await swagger.ExecuteAsync(read, "GetClaim");

        Assert.True(readStatus == "200", $"GET /api/v1/claims/{{id}} from Swagger UI answered {readStatus}: {readBody}");
        Assert.Equal(id, (string?)JsonNode.Parse(readBody)!["id"]);
        await Expect(read.Locator(".live-responses-table .response .highlight-code pre").First).ToContainTextAsync(statement);
        var stored = await ui.Api.GetOkAsync($"/api/v1/claims/{id}");
        Assert.Equal(statement, (string?)stored["statement"]);
    }

    [BrowserFact]
    public async Task An_error_response_shows_an_example_of_its_own_status_and_problem_type()
    {
        var swagger = await ui.NewPageAsync(nameof(An_error_response_shows_an_example_of_its_own_status_and_problem_type));
        await swagger.OpenAsync();
        var operation = await swagger.ExpandAsync("Claims", "CreateClaim");

        var unauthorized = operation.Locator(".responses-table:not(.live-responses-table) tr.response[data-code=\"401\"]");
        await swagger.ScreenshotAsync("401-example", unauthorized);
        var shown = await unauthorized.Locator(".highlight-code pre").First.InnerTextAsync();
        var example = JsonNode.Parse(shown)!;

        Assert.True(
            (int?)example["status"] == 401 && (string?)example["type"] == "urn:factcheck:problem:unauthorized",
            $"The 401 response of POST /api/v1/claims shows another problem as its example: {shown}");
    }

    [BrowserFact]
    public async Task The_page_logs_no_console_errors_while_it_is_used()
    {
        var swagger = await ui.NewPageAsync(nameof(The_page_logs_no_console_errors_while_it_is_used));

        await swagger.OpenAsync();
        await swagger.AuthorizeAsync(ui.EditorKey);
        var operation = await swagger.ExpandAsync("Claims", "ListClaims");
        var (status, _) = await swagger.ExecuteAsync(operation, "ListClaims");

        Assert.Equal("200", status);
        Assert.True(swagger.ConsoleErrors.Count == 0, "The page logged errors:\n" + string.Join("\n", swagger.ConsoleErrors));
    }
}
