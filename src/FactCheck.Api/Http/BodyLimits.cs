using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

/// <summary>
/// Caps request bodies (FactCheck:Limits) with a 413 problem. Done in middleware rather than left to Kestrel alone,
/// because Kestrel has one server-wide limit and other hosts (the tests' TestServer, IIS) do not apply it at all.
/// </summary>
public static class BodyLimits
{
    public static IServiceCollection AddFactCheckBodyLimits(this IServiceCollection services)
    {
        // Kestrel's own ceiling is the largest limit we have; the middleware then narrows it per request.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<FactCheckOptions>>((kestrel, options) =>
            kestrel.Limits.MaxRequestBodySize = options.Value.Limits.Largest);
        return services;
    }

    /// <summary>Goes early, before authentication, so a body too large is refused before anything looks at it.</summary>
    public static WebApplication UseFactCheckBodyLimits(this WebApplication app)
    {
        app.UseMiddleware<BodyLimitMiddleware>();
        return app;
    }
}

internal sealed class BodyLimitMiddleware(RequestDelegate next, IOptions<FactCheckOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var limit = options.Value.Limits.LimitFor(http.Request.Path);
        if (http.Request.ContentLength > limit)
        {
            // Announced as too large: answer without reading a byte of it.
            await WriteTooLargeAsync(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit;
        }
        if (http.Request.ContentLength is null && http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            // A chunked body announces no length: count the bytes as the endpoint reads them.
            http.Request.Body = new LimitedReadStream(http.Request.Body, limit);
        }
        await next(http);
    }

    private async Task WriteTooLargeAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = BadRequestProblems.TooLarge(http),
        });
    }
}
