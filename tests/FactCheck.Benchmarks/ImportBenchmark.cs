using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.Benchmarks;

/// <param name="Seconds">The import's own time, as the command reports it (start-up and migration check excluded).</param>
/// <param name="CommandSeconds">The whole command, process start to exit.</param>
internal sealed record ImportFigures(int Reviews, double Seconds, double CommandSeconds, double PeakRssMiB)
{
    public double ReviewsPerSecond => Reviews / Seconds;
}

/// <summary>
/// Times the <c>import FILE</c> command on a generated ClaimReview document (one claim and review per item, a thousand
/// claimants, a rating label from the seeded mappings) into an empty database, and samples the process's peak memory.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly string[] Ratings = ["False", "Mostly false", "Misleading", "Half true", "Mostly true", "True", "Pants on fire", "Falso"];

    public static async Task<ImportFigures> RunAsync(string apiDll, string workDirectory, int reviews, ClaimText text)
    {
        var data = Path.Combine(workDirectory, $"import-{reviews}");
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "reviews.json");
        Generate(file, reviews, text);
        // Migrate first, so the timing is the import's alone.
        await RunAsync(ApiServer.Command(apiDll, data, "keys", "list"));
        var watch = Stopwatch.StartNew();
        var (peak, summary) = await RunAsync(ApiServer.Command(apiDll, data, "import", file));
        var command = watch.Elapsed.TotalSeconds;
        // "FILE: 100000 review(s) in 15.1 s (6,623/s); claimants ... reviews 100000 created, ...; 0 rejected; ..."
        var timed = Regex.Match(summary, @"(\d+) review\(s\) in ([\d.]+) s");
        var created = Regex.Match(summary, @"reviews (\d+) created");
        if (!timed.Success || !created.Success || int.Parse(created.Groups[1].Value, CultureInfo.InvariantCulture) != reviews)
        {
            throw new InvalidOperationException($"The import did not create the {reviews} reviews:\n{summary}");
        }
        return new ImportFigures(reviews, double.Parse(timed.Groups[2].Value, CultureInfo.InvariantCulture), command, peak);
    }

    private static async Task<(double PeakRssMiB, string Error)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0.0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ProcessMemory.PeakRssMiB(process.Id));
            await Task.Delay(50);
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', start.ArgumentList)} failed:\n{await output}\n{await error}");
        }
        return (peak, await error);
    }

    private static void Generate(string path, int reviews, ClaimText text)
    {
        var random = new Random(reviews);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        for (var i = 0; i < reviews; i++)
        {
            var day = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ClaimReview");
            json.WriteString("url", $"https://checks.example.org/reviews/{i}");
            json.WriteString("claimReviewed", $"{text.Sentence(random, 8, 18)} ({i})");
            json.WriteString("datePublished", day);
            json.WriteString("inLanguage", "en");
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", "Example Checks");
            json.WriteString("url", "https://checks.example.org");
            json.WriteEndObject();
            json.WriteStartObject("reviewRating");
            json.WriteString("@type", "Rating");
            json.WriteString("alternateName", Ratings[random.Next(Ratings.Length)]);
            json.WriteEndObject();
            json.WriteStartObject("itemReviewed");
            json.WriteString("@type", "Claim");
            json.WriteString("datePublished", day);
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", $"Claimant {random.Next(1000):D4}");
            json.WriteEndObject();
            json.WriteStartArray("appearance");
            json.WriteStartObject();
            json.WriteString("@type", "CreativeWork");
            json.WriteString("url", $"https://news.example.org/articles/{i}");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
