using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

/// <summary>Explains the requests that model binding refuses before a handler runs.</summary>
internal static partial class BadRequestProblems
{
    public static ProblemDetails From(BadHttpRequestException exception, HttpRequest request)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(status, "Unsupported media type",
                $"The request body must be sent as application/json, not '{request.ContentType ?? "(none)"}'.");
        }
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(request.HttpContext);
        }
        if (exception.Message.Contains("no body was provided", StringComparison.Ordinal)
            || exception.Message.Contains("was not provided", StringComparison.Ordinal))
        {
            return Problem(status, "Missing request body", "This operation needs a JSON request body.");
        }
        var parameter = BindFailure().Match(exception.Message);
        if (parameter.Success)
        {
            // The binder names the C# property ("AsOf"); clients know the query name ("asOf").
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [name] = [$"'{name}' has a value of the wrong type or format."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.Validation,
                Title = "One or more fields are invalid.",
            };
        }
        return Problem(status, "Bad request", "The request could not be read.");
    }

    /// <summary>Names the configured limit for this path (Kestrel's message would name its server-wide one).</summary>
    public static ProblemDetails TooLarge(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<FactCheckOptions>>().Value.Limits;
        return Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The request body may be at most {limits.LimitFor(http.Request.Path)} bytes.");
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new()
    {
        Status = status,
        Type = ProblemTypes.ForStatus(status),
        Title = title,
        Detail = detail,
    };

    [GeneratedRegex("""Failed to bind parameter "[^"]*?(?<name>\w+)" from""")]
    private static partial Regex BindFailure();
}
