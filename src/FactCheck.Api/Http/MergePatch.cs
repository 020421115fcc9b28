using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FactCheck.Api.Http;

/// <summary>
/// JSON Merge Patch (RFC 7396) over a resource's request record. The current state is written as the body a PUT
/// would send, the patch is merged into it, and the result is read and validated exactly like a PUT body, so a
/// PATCH can never store what a PUT would refuse.
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    // The depth limit of the JSON reader of other bodies. Duplicates must be refused while parsing: the serializer's
    // JsonNode reader ignores AllowDuplicateProperties and throws an ArgumentException (a 500) on them.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    /// <summary>Reads the request body as a merge patch: 415 for another media type, 400 for one that is not a JSON object.</summary>
    public static async Task<MergePatchBody> ReadAsync(HttpRequest request)
    {
        // Routing answers 415 for a media type the endpoint's Accepts metadata does not list, but lets a body without one through.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !(contentType.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
                || contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return MergePatchBody.Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"A merge patch must be sent as {MediaType} (or application/json), not '{request.ContentType ?? "(none)"}'.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length == 0)
        {
            return MergePatchBody.Fail(StatusCodes.Status400BadRequest, "Missing request body",
                "This operation needs a JSON merge patch body holding the fields to change, such as {\"summary\": \"...\"}.");
        }
        var utf8 = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            // JsonNode would quietly turn bad bytes into U+FFFD; a PUT body with them is refused, so this one is too.
            return MergePatchBody.Fail(StatusCodes.Status400BadRequest, "Malformed JSON", "The request body is not valid UTF-8.");
        }
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8, documentOptions: DocumentOptions);
        }
        catch (JsonException exception)
        {
            return new MergePatchBody(null, TypedResults.Problem(JsonProblems.From(exception)));
        }
        // RFC 7396 would let a non-object replace the whole resource; a resource is always an object, so that is an error.
        return node is JsonObject patch
            ? new MergePatchBody(patch, null)
            : MergePatchBody.Fail(StatusCodes.Status400BadRequest, "Not a merge patch",
                "A merge patch must be a JSON object holding the fields to change, such as {\"summary\": \"...\"}; null clears a field.");
    }

    /// <summary>Merges <paramref name="patch"/> into <paramref name="current"/> and reads and validates the result as a request.</summary>
    public static async Task<MergePatchResult<T>> ApplyAsync<T>(HttpContext http, JsonObject patch, T current) where T : class
    {
        var target = JsonSerializer.SerializeToNode(current, ApiJson.Options);
        T? request;
        try
        {
            request = Merge(target, patch).Deserialize<T>(ApiJson.Options);
        }
        catch (JsonException exception)
        {
            return new(null, TypedResults.Problem(JsonProblems.From(exception)), null);
        }
        var validation = await http.RequestServices.GetRequiredService<IValidator<T>>().ValidateAsync(request!, http.RequestAborted);
        if (validation.IsValid)
        {
            return new(request, null, null);
        }
        var errors = validation.Errors
            .GroupBy(f => f.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return new(null, null, TypedResults.ValidationProblem(errors,
            title: "One or more fields are invalid.",
            detail: "See 'errors' for each field at fault.",
            type: ProblemTypes.Validation));
    }

    /// <summary>The algorithm of RFC 7396 section 2: objects merge member by member, null removes, anything else replaces.</summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }
        var result = target as JsonObject ?? [];
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                var merged = Merge(result[name], value);
                result.Remove(name); // detaches the old value, which may be the very object Merge edited and returned
                result[name] = merged;
            }
        }
        return result;
    }
}

/// <summary>A request body read as a merge patch, or the problem that stopped it.</summary>
public sealed record MergePatchBody(JsonObject? Patch, ProblemHttpResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Patch))]
    public bool Failed => Problem is not null;

    internal static MergePatchBody Fail(int status, string title, string detail) =>
        new(null, TypedResults.Problem(statusCode: status, type: ProblemTypes.ForStatus(status), title: title, detail: detail));
}

/// <summary>The request that a merge patch produced, or the problem (unreadable result) or validation errors instead.</summary>
public sealed record MergePatchResult<T>(T? Request, ProblemHttpResult? Problem, ValidationProblem? Invalid) where T : class
{
    [MemberNotNullWhen(true, nameof(Request))]
    public bool Succeeded => Request is not null;
}
