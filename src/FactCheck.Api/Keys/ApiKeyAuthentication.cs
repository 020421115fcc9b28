using System.Security.Claims;
using System.Text.Encodings.Web;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Keys;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header. A key in the query string is refused outright: URLs end up in logs,
/// browser histories and referrers. Challenges and refusals are problem+json like every other error.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    /// <summary>No key is longer (ours are 47 characters): a longer header is refused without hashing it.</summary>
    public const int MaxKeyLength = 200;

    // Query parameters are matched ignoring case: "apikey" refuses "apiKey" and "APIKEY" too.
    private static readonly string[] QueryNames = ["api_key", "apikey", "key", Header];

    /// <summary>The request presents a key, where it should (the header) or where it must not (the query string).</summary>
    public static bool CarriesKey(HttpRequest request) =>
        request.Headers.ContainsKey(Header) || QueryNames.Any(request.Query.ContainsKey);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (QueryNames.Any(Request.Query.ContainsKey))
        {
            return AuthenticateResult.Fail("API keys are accepted only in the X-Api-Key header, never in the query string.");
        }
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }
        var key = values[0]!.Length > MaxKeyLength ? null : await keys.FindLiveAsync(values[0]!, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()), .. Roles.Granted(key.Role).Select(r => new Claim(ClaimTypes.Role, r))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await WriteAsync(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized",
            failure ?? $"This operation needs an API key in the {Header} header.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteAsync(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden",
            $"The API key '{Context.User.Identity?.Name}' does not have a role that allows this operation.");
    }

    private Task WriteAsync(int status, string type, string title, string detail) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        }).AsTask();
}
