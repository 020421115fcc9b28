namespace FactCheck.Api.Http;

/// <summary>
/// Headers that tell browsers not to guess content types, leak URLs, frame our pages or run foreign scripts.
/// The API serves JSON, but Swagger UI is HTML on the same origin, so the policy is written for it.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Swagger UI (Swashbuckle) loads its scripts and styles from /swagger itself, sets inline style attributes
    /// (hence 'unsafe-inline' for styles only) and draws icons from data: URIs. Scripts stay 'self' only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";

    /// <summary>Goes first in the pipeline: every response, errors included, carries the headers.</summary>
    public static WebApplication UseFactCheckSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            // Set as the response starts, not now: the exception handler clears headers before writing its problem.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
