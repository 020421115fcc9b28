using System.Text.Json;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>The contract's own examples, checked against the schemas they illustrate.</summary>
public sealed partial class ApiContract
{
    /// <summary>
    /// Examples that their own schema refuses, and problem examples of another status than the response they illustrate
    /// (a 404 shown under a 401).
    /// </summary>
    public IEnumerable<string> ExampleFaults()
    {
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (schema!["example"] is { } example && Validate($"components/schemas/{name} example", Schema(name), example.ToJsonString()) is { } fault)
            {
                yield return fault;
            }
        }
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    foreach (var (mediaType, media) in response!["content"]?.AsObject() ?? [])
                    {
                        var where = $"{method.ToUpperInvariant()} {path} {status} {mediaType} example";
                        if (mediaType == "application/problem+json" && media!["example"] is null)
                        {
                            // Swagger UI would show the schema's own example, a problem of another kind.
                            yield return $"{where}: missing.";
                        }
                        if (media!["example"] is not { } example || media["schema"] is not { } schema)
                        {
                            continue;
                        }
                        if (example.GetValueKind() != JsonValueKind.String && Validate(where, Schema(responseSchemaNames[schema]), example.ToJsonString()) is { } fault)
                        {
                            yield return fault;
                        }
                        if (mediaType == "application/problem+json" && example["status"]?.ToString() != status)
                        {
                            yield return $"{where}: shows status {example["status"]}, under {status}.";
                        }
                    }
                }
            }
        }
    }
}
