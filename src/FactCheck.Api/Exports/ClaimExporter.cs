using System.Globalization;
using System.Text.Json;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Exports;

/// <summary>One line per claim, written as rows arrive from the database, so an export of any size needs little memory.</summary>
public static class ClaimExporter
{
    public static readonly string[] Formats = ["ndjson", "csv"];

    public static string MediaType(string format) => format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson";

    private static readonly string[] Columns =
    [
        "id", "statement", "claimantId", "claimant", "madeAt", "evidenceStatus", "rebuttals", "evidence",
        "latestReviewUrl", "latestReviewPublisher", "latestReviewRating", "latestReviewAt",
    ];

    public static async Task<int> WriteAsync(FactCheckDb db, string format, TextWriter writer, CancellationToken cancellationToken)
    {
        var csv = format == "csv";
        if (csv)
        {
            await writer.WriteLineAsync(string.Join(',', Columns));
        }
        var rows = db.Claims.AsNoTracking().OrderBy(c => c.Id).Select(c => new
        {
            c.Id, c.Statement, c.ClaimantId, Claimant = c.Claimant!.Name, c.MadeAt, c.EvidenceStatus,
            Rebuttals = c.Rebuttals.Count, Evidence = c.Evidence.Count,
            Review = db.Reviews.Where(r => r.ClaimId == c.Id).OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
                .Select(r => new { r.Url, r.PublisherName, r.TextualRating, r.PublishedAt }).FirstOrDefault(),
        }).AsAsyncEnumerable();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            object?[] values =
            [
                row.Id, row.Statement, row.ClaimantId, row.Claimant, Time(row.MadeAt), row.EvidenceStatus.ToWire(), row.Rebuttals, row.Evidence,
                row.Review?.Url, row.Review?.PublisherName, row.Review?.TextualRating, row.Review?.PublishedAt is { } at ? Time(at) : null,
            ];
            await writer.WriteLineAsync(csv ? string.Join(',', values.Select(Cell)) : Json(values));
            count++;
        }
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Json(object?[] values)
    {
        var line = new Dictionary<string, object?>();
        for (var i = 0; i < Columns.Length; i++)
        {
            line[Columns[i]] = values[i];
        }
        return JsonSerializer.Serialize(line);
    }

    /// <summary>
    /// RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. A cell that a spreadsheet would
    /// evaluate as a formula (see <see cref="IsFormula"/>) is prefixed with a single quote and quoted, as OWASP's CSV
    /// injection guidance recommends: the statements we export are written by the people we fact-check.
    /// </summary>
    private static string Cell(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var formula = IsFormula(text);
        if (formula)
        {
            text = "'" + text;
        }
        return formula || text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Starts with =, +, -, @, tab or carriage return: what Excel, LibreOffice and Google Sheets may evaluate.</summary>
    private static bool IsFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
