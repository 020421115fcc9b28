using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.Api.Http;

/// <summary>Explains a JSON body that could not be read, naming the field at fault.</summary>
internal static partial class JsonProblems
{
    public static ProblemDetails From(JsonException exception)
    {
        var field = FieldOf(exception.Path);
        var message = exception.Message;
        var errors = new Dictionary<string, string[]>();
        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = Quoted().Matches(message[message.IndexOf("including:", StringComparison.Ordinal)..]);
            foreach (var name in names.Select(m => m.Groups[1].Value))
            {
                errors[Join(field, name)] = [$"'{name}' is required."];
            }
        }
        else if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            errors[field] = [$"'{LastSegment(field)}' is not a field of this request."];
        }
        else if (message.Contains("null values", StringComparison.Ordinal))
        {
            errors[field] = [$"'{LastSegment(field)}' must not be null."];
        }
        else if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            errors[field] = [$"'{LastSegment(field)}' has a value of the wrong type or format; see the schema for what it accepts."];
        }
        else if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            errors[field] = ["A field appears more than once."];
        }
        else
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.MalformedRequest,
                Title = "Malformed JSON",
                Detail = $"The request body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).",
            };
        }
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "One or more fields are invalid.",
            Detail = "See 'errors' for each field at fault.",
        };
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static string LastSegment(string field) => field.Length == 0 ? "body" : field.Split('.')[^1];

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
