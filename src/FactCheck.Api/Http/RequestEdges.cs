using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

/// <summary>
/// The request line and headers, judged before anything reads them: a URL too long (414), headers too many or too large
/// (431), a header value that is not text (400), a Host not allowed (400). Kestrel refuses such requests itself, but with
/// an empty body and before the application runs; so its limits are raised above FactCheck:Limits and these answer instead.
/// </summary>
public static class RequestEdges
{
    /// <summary>
    /// Kestrel refuses header bytes that are not UTF-8 with an empty 400; decoded leniently they reach us as U+FFFD,
    /// which the middleware refuses as a problem. Valid UTF-8 still reads as before.
    /// </summary>
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static IServiceCollection AddFactCheckRequestEdges(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<FactCheckOptions>>((kestrel, options) =>
        {
            var limits = options.Value.Limits;
            var server = kestrel.Limits;
            // The request line also holds the method and version: a little room beyond the URL itself.
            server.MaxRequestLineSize = limits.MaxUrlLength * RequestLimitOptions.ServerCeilingFactor + 64;
            server.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersLength * RequestLimitOptions.ServerCeilingFactor;
            server.MaxRequestHeaderCount = limits.MaxRequestHeaderCount * RequestLimitOptions.ServerCeilingFactor;
            // Kestrel refuses to start when its buffer is smaller than the request line or the headers it may hold.
            if (server.MaxRequestBufferSize is { } buffer)
            {
                server.MaxRequestBufferSize = Math.Max(buffer, Math.Max(server.MaxRequestLineSize, server.MaxRequestHeadersTotalSize));
            }
            kestrel.RequestHeaderEncodingSelector = _ => LenientUtf8;
        });
        return services;
    }

    /// <summary>Goes right after the problem details set-up: nothing else should read a request these refuse.</summary>
    public static WebApplication UseFactCheckRequestEdges(this WebApplication app)
    {
        app.UseMiddleware<RequestEdgeMiddleware>();
        return app;
    }
}

internal sealed class RequestEdgeMiddleware(RequestDelegate next, IOptions<FactCheckOptions> options, PublicUrls urls, IProblemDetailsService problems)
{
    /// <summary>Control characters (tab aside), DEL, and U+FFFD, which stands for bytes that were not UTF-8.</summary>
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c)) + "\u007f\ufffd");

    public Task InvokeAsync(HttpContext http)
    {
        var limits = options.Value.Limits;
        var refusal = UrlTooLong(http, limits) ?? HeadersTooLarge(http.Request.Headers, limits) ?? MalformedHeader(http.Request.Headers)
            ?? HostNotAllowed(http.Request.Host);
        return refusal is null ? next(http) : WriteAsync(http, refusal);
    }

    private static ProblemDetails? UrlTooLong(HttpContext http, RequestLimitOptions limits)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target)
            ? http.Request.Path.ToUriComponent().Length + (http.Request.QueryString.Value?.Length ?? 0)
            : target.Length;
        return length <= limits.MaxUrlLength ? null : Problem(StatusCodes.Status414UriTooLong, "URL too long",
            $"The URL (path and query) may be at most {limits.MaxUrlLength} characters; this one has {length}.",
            // The path may be what is too long: the instance names only its start.
            instance: http.Request.Path.ToUriComponent() is { Length: > 200 } path ? path[..200] : null);
    }

    private static ProblemDetails? HeadersTooLarge(IHeaderDictionary headers, RequestLimitOptions limits)
    {
        var (count, length) = (0, 0L);
        foreach (var (name, values) in headers)
        {
            count += Math.Max(1, values.Count);
            foreach (var value in values)
            {
                length += name.Length + (value?.Length ?? 0) + 4; // "name: value\r\n"
            }
        }
        if (count > limits.MaxRequestHeaderCount)
        {
            return Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Too many header fields",
                $"A request may have at most {limits.MaxRequestHeaderCount} header fields; this one has {count}.");
        }
        return length <= limits.MaxRequestHeadersLength ? null : Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Header fields too large",
            $"The header fields of a request may be at most {limits.MaxRequestHeadersLength} characters together; these are {length}.");
    }

    private static ProblemDetails? MalformedHeader(IHeaderDictionary headers)
    {
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                if (value is not null && value.AsSpan().IndexOfAny(NotText) >= 0)
                {
                    return Problem(StatusCodes.Status400BadRequest, "Malformed header",
                        $"The value of the header '{(name.Length > 100 ? name[..100] : name)}' is not text: header values may not hold control characters, and bytes beyond ASCII must be UTF-8.");
                }
            }
        }
        return null;
    }

    private ProblemDetails? HostNotAllowed(HostString host) => urls.IsAllowed(host) ? null : new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Type = ProblemTypes.HostNotAllowed,
        Title = "Host not allowed",
        Detail = "The Host header names a host this service does not answer for (see AllowedHosts).",
    };

    private static ProblemDetails Problem(int status, string title, string detail, string? instance = null) => new()
    {
        Status = status,
        Type = status == StatusCodes.Status400BadRequest ? ProblemTypes.MalformedRequest : ProblemTypes.ForStatus(status),
        Title = title,
        Detail = detail,
        Instance = instance,
    };

    private async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
