namespace FactCheck.Benchmarks;

/// <summary>The wrk request scripts, written next to the data they use.</summary>
internal static class LuaScripts
{
    /// <summary>GETs <paramref name="prefix"/> + an id drawn uniformly from every claim (see <see cref="ClaimIdsFile"/>) + <paramref name="suffix"/>.</summary>
    public static string RandomGet(string directory, string name, string idsFile, string prefix, string suffix = "") => Write(directory, name, $$"""
        {{ClaimIdsFile.LuaDraw(idsFile)}}
        request = function()
          return wrk.format("GET", "{{prefix}}" .. random_id() .. "{{suffix}}")
        end
        """);

    /// <summary>POSTs a new claim per request, each with its own statement, as an editor.</summary>
    public static string CreateClaim(string directory, string apiKey, string claimantId, string sourceId) => Write(directory, "create.lua", $$"""
        local n = 0
        math.randomseed(os.time() + math.floor(os.clock() * 1000000))
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["X-Api-Key"] = "{{apiKey}}"
        request = function()
          n = n + 1
          local body = string.format('{"statement":"Benchmark claim %d-%d: contractors moved chemical components across the border.",' ..
            '"claimantId":"{{claimantId}}","madeAt":"2024-03-01T12:00:00Z","appearances":["{{sourceId}}"],"topics":["war"],"language":"en"}',
            n, math.random(1000000000))
          return wrk.format("POST", "/api/v1/claims", nil, body)
        end
        """);

    private static string Write(string directory, string name, string script)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, script);
        return path;
    }
}
