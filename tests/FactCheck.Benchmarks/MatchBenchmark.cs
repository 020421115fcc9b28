using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Claim matching at one request at a time, and how often a reworded text finds the claim it came from first.</summary>
/// <param name="FoundFirst">Share of the reworded texts whose own claim was the first match.</param>
/// <param name="Texts">How many reworded texts were checked for <paramref name="FoundFirst"/>.</param>
internal sealed record MatchFigures(WrkResult Match, WrkResult Similar, double FoundFirst, int Texts)
{
    public long Errors => Match.Errors + Similar.Errors;
}

/// <summary>
/// Measures <c>POST /claims/match</c> with texts taken from random seeded claims and reworded a little (about one word
/// in five dropped, two neighbours swapped), and <c>GET /claims/{id}/similar</c> for ids drawn from every claim, each at one connection.
/// </summary>
internal static class MatchBenchmark
{
    private const int TextCount = 1000;
    private const int CheckedTexts = 300;

    public static async Task<MatchFigures> RunAsync(string url, string data, string database, string idsFile, string apiKey, int seconds)
    {
        var random = new Random(20211222);
        var texts = Statements(database, ClaimIdsFile.Sample(idsFile, TextCount, random)).Select(s => (s.Id, Text: Reword(s.Statement, random))).ToList();
        var bodies = Path.Combine(data, "match-bodies.txt");
        await File.WriteAllLinesAsync(bodies, texts.Select(t => JsonSerializer.Serialize(new { text = t.Text, limit = 5 })));
        var match = Measure(url, seconds, Script(data, "match.lua", bodies, $$"""
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["X-Api-Key"] = "{{apiKey}}"
            request = function()
              return wrk.format("POST", "/api/v1/claims/match", nil, lines[math.random(#lines)])
            end
            """));
        var similar = Measure(url, seconds, LuaScripts.RandomGet(data, "similar.lua", idsFile, "/api/v1/claims/", "/similar"));
        var checkedTexts = texts.Take(CheckedTexts).ToList();
        return new MatchFigures(match, similar, await FoundFirstAsync(url, apiKey, checkedTexts), checkedTexts.Count);
    }

    /// <summary>Some words dropped (at least one, at most a third, three left at least) and two neighbours swapped.</summary>
    public static string Reword(string statement, Random random)
    {
        var words = statement.TrimEnd('.').Split(' ').ToList();
        var drop = Math.Clamp(words.Count / 5, 1, Math.Max(0, words.Count - 3));
        for (var i = 0; i < drop && words.Count > 3; i++)
        {
            words.RemoveAt(random.Next(words.Count));
        }
        var at = random.Next(words.Count - 1);
        (words[at], words[at + 1]) = (words[at + 1], words[at]);
        return string.Join(' ', words);
    }

    private static async Task<double> FoundFirstAsync(string url, string apiKey, List<(string Id, string Text)> texts)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var found = 0;
        foreach (var (id, text) in texts)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/claims/match", new { text, limit = 1 });
            var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
            found += items.GetArrayLength() > 0 && string.Equals(items[0].GetProperty("claim").GetProperty("id").GetString(), id, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }
        return (double)found / texts.Count;
    }

    private static List<(string Id, string Statement)> Statements(string database, IEnumerable<string> ids)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Statement FROM claims WHERE Id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        return [.. ids.Select(i => { id.Value = i; return (i, (string)command.ExecuteScalar()!); })];
    }

    /// <summary>A wrk script with the lines of <paramref name="linesFile"/> in <c>lines</c>, then <paramref name="body"/>.</summary>
    private static string Script(string directory, string name, string linesFile, string body)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, $$"""
            local lines = {}
            for line in io.lines("{{linesFile}}") do lines[#lines + 1] = line end
            math.randomseed(os.time() + math.floor(os.clock() * 1000000))
            {{body}}
            """);
        return path;
    }

    /// <summary>A short unrecorded run first, so the figures are of jitted, tiered-up code and warm caches.</summary>
    private static WrkResult Measure(string url, int seconds, string script)
    {
        Wrk.Run(url, 1, 1, Math.Min(3, seconds), script);
        return Wrk.Run(url, 1, 1, seconds, script);
    }
}
