using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// The committed openapi/v1.json as a checker of answers: finds the operation a request went to (path template and
/// method), the response documented for the status and content type that came back, and validates the body against
/// its schema (JSON Schema 2020-12, converted from the document's OpenAPI 3.0 schemas). <see cref="Check"/> returns what
/// is wrong, or null.
/// </summary>
public sealed partial class ApiContract
{
    private const string BaseUri = "https://factcheck.test/openapi/v1.json";

    public static ApiContract Committed => Lazy.Value;

    private static readonly Lazy<ApiContract> Lazy = new(() => new ApiContract(File.ReadAllText(Repository.OpenApiContract)));

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private readonly List<(string[] Segments, string Path, JsonObject Item)> paths = [];
    private readonly Dictionary<JsonNode, string> responseSchemaNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, JsonSchema> schemas = [];
    private readonly BuildOptions build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly EvaluationOptions evaluation = ContractFormats.Options();

    private readonly JsonObject document;

    public ApiContract(string openApiJson)
    {
        document = JsonNode.Parse(openApiJson)!.AsObject();
        var version = (string)document["openapi"]!;
        if (!version.StartsWith("3.0.", StringComparison.Ordinal))
        {
            // 3.1 schemas are JSON Schema already; the conversion below (nullable, $ref) would be wrong for them.
            throw new NotSupportedException($"The contract checker reads OpenAPI 3.0 documents; this one is {version}.");
        }
        var definitions = new JsonObject();
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            definitions[name] = JsonSchemaConversion.Convert(schema!);
        }
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            paths.Add((path.Trim('/').Split('/'), path, item!.AsObject()));
            foreach (var schema in item!.AsObject().Where(o => Methods.Contains(o.Key))
                .SelectMany(o => o.Value!["responses"]!.AsObject())
                .SelectMany(r => r.Value!["content"]?.AsObject() ?? [])
                .Select(c => c.Value!["schema"]).OfType<JsonNode>())
            {
                var name = $"response-{responseSchemaNames.Count}";
                responseSchemaNames[schema] = name;
                definitions[name] = JsonSchemaConversion.Convert(schema);
            }
        }
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = BaseUri,
            ["$defs"] = definitions,
        };
        build.SchemaRegistry.Register(JsonSchema.Build(JsonSerializer.SerializeToElement(root), build));
        ProblemSchema = document["components"]?["schemas"]?["ProblemDetails"] is null ? null : Schema("ProblemDetails");
    }

    private JsonSchema? ProblemSchema { get; }

    /// <summary>What is wrong with this answer according to the contract, or null when it conforms.</summary>
    public string? Check(string method, Uri url, int status, string? contentType, string body)
    {
        var path = url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString.Split('?')[0];
        var where = $"{method} {path} answered {status} {contentType ?? "(no content type)"}";
        if (ContractExemptions.Reason(method, path, status) is not null)
        {
            return null;
        }
        var (template, operation) = Find(method, path);
        if (operation is null)
        {
            return CheckUnrouted(where, template, status, contentType, body);
        }
        where = $"{operation["operationId"]} ({method} {template}) answered {status} {contentType ?? "(no content type)"}";
        var response = operation["responses"]!.AsObject()[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? operation["responses"]!.AsObject()[$"{status / 100}XX"] ?? operation["responses"]!.AsObject()["default"];
        if (response is null)
        {
            return $"{where}: the contract documents no {status} for this operation (it documents {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))}).";
        }
        var content = response["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            return body.Length == 0 ? null : $"{where}: the contract documents no body for {status}, but one came: {Excerpt(body)}";
        }
        // HEAD has no body; an NDJSON stream of no lines (an empty export) is empty.
        if (body.Length == 0 && method != "HEAD" && contentType != "application/x-ndjson")
        {
            return $"{where}: the contract documents a body ({string.Join(", ", content.Select(c => c.Key))}), but none came.";
        }
        if (contentType is null || content[contentType] is not { } media)
        {
            return $"{where}: the contract documents {string.Join(", ", content.Select(c => c.Key))} for {status}, not {contentType ?? "a body without a content type"}.";
        }
        if (body.Length == 0 || media["schema"] is not { } schema)
        {
            return null;
        }
        return Validate(where, Schema(responseSchemaNames[schema]), contentType, body);
    }

    private string? CheckUnrouted(string where, string? template, int status, string? contentType, string body)
    {
        // A path or method the contract does not have: only the problems the service gives before (or instead of)
        // routing may come back, as problem details.
        int[] before = [400, 404, 405, 413, 414, 429, 431];
        if (!before.Contains(status))
        {
            return $"{where}: the contract has no such operation{(template is null ? "" : $" (the path is {template}, not with this method)")}, yet it answered {status}.";
        }
        if (contentType != "application/problem+json" || ProblemSchema is null)
        {
            return $"{where}: a refusal outside any operation must be application/problem+json.";
        }
        return Validate(where, ProblemSchema, contentType, body);
    }

    private (string? Template, JsonObject? Operation) Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var best = paths
            .Where(p => p.Segments.Length == segments.Length && p.Segments.Zip(segments).All(s => IsParameter(s.First) || string.Equals(s.First, s.Second, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(p => p.Segments.Count(s => !IsParameter(s)))
            .ToList();
        if (best.Count == 0)
        {
            return (null, null);
        }
        var lookup = method == "HEAD" ? "get" : method.ToLowerInvariant();
        var match = best.FirstOrDefault(p => p.Item[lookup] is not null);
        return match.Item is null ? (best[0].Path, null) : (match.Path, match.Item[lookup]!.AsObject());
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private string? Validate(string where, JsonSchema schema, string contentType, string body)
    {
        if (contentType == "application/x-ndjson")
        {
            var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Select((line, i) => Validate($"{where}, line {i + 1}", schema, line)).FirstOrDefault(e => e is not null);
        }
        if (contentType.EndsWith("json", StringComparison.Ordinal))
        {
            return Validate(where, schema, body);
        }
        // Text such as CSV: the content type is what the contract can say; a string schema is all it gives.
        return null;
    }

    private string? Validate(string where, JsonSchema schema, string json)
    {
        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            return $"{where}: the body is not JSON ({e.Message}): {Excerpt(json)}";
        }
        var result = schema.Evaluate(instance, evaluation);
        if (result.IsValid)
        {
            return null;
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  at '{d.InstanceLocation}' ({d.EvaluationPath}) {e.Key}: {e.Value}"))
            .Take(12);
        return $"{where}: the body does not match the documented schema:\n{string.Join("\n", errors)}\nbody: {Excerpt(json)}";
    }

    private JsonSchema Schema(string definition)
    {
        lock (schemas)
        {
            if (!schemas.TryGetValue(definition, out var schema))
            {
                var reference = new JsonObject { ["$ref"] = $"{BaseUri}#/$defs/{definition}" };
                schema = JsonSchema.Build(JsonSerializer.SerializeToElement(reference), build, new Uri($"https://factcheck.test/check/{definition}"));
                schemas[definition] = schema;
            }
            return schema;
        }
    }

    private static string Excerpt(string body) => body.Length <= 600 ? body : body[..600] + "…";
}
