namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Answers that are not part of the API, so the contract does not describe them. Only their successes and redirects are
/// exempt: a refusal on these paths (404 with Swagger UI off, 429) is still checked as problem details.
/// </summary>
internal static class ContractExemptions
{
    private static readonly (Func<string, bool> Path, string Reason)[] Outside =
    [
        (p => p == "/", "the root redirects to Swagger UI"),
        (p => p == "/swagger" || p.StartsWith("/swagger/", StringComparison.Ordinal), "Swagger UI's page and assets"),
        (p => p == "/openapi/v1.json", "the contract itself"),
        (p => p.StartsWith("/benchmark/", StringComparison.Ordinal), "the benchmark program's yardsticks, served only in benchmark mode and kept out of the contract"),
    ];

    public static string? Reason(string method, string path, int status) =>
        status < 400 && method is "GET" or "HEAD" ? Outside.FirstOrDefault(o => o.Path(path)).Reason : null;
}
