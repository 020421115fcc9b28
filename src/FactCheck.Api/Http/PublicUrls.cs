using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace FactCheck.Api.Http;

/// <summary>
/// The one place that makes absolute URLs of ours. The Host header is the client's to write, so it is used only when
/// checked: with FactCheck:PublicBaseUrl every URL starts with that; otherwise, with AllowedHosts naming hosts, a request's
/// Host must be one of them (400 if not) and URLs use it; with neither, URLs are relative references (RFC 3986 §4.2).
/// </summary>
public sealed class PublicUrls
{
    private readonly string? baseUrl;
    private readonly StringSegment[] allowedHosts;

    public PublicUrls(IOptions<FactCheckOptions> options, IConfiguration configuration)
    {
        baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        var hosts = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        allowedHosts = hosts.Contains("*") ? [] : [.. hosts.Select(h => new StringSegment(h))];
    }

    /// <summary>A Host header is allowed when AllowedHosts names no hosts (or "*"), or names this one. An empty Host is allowed (HTTP/1.0).</summary>
    public bool IsAllowed(HostString host) =>
        allowedHosts.Length == 0 || !host.HasValue || HostString.MatchesAny(new StringSegment(host.Host), allowedHosts);

    /// <summary>The URL of <paramref name="pathAndQuery"/> (escaped, starting with '/') on this service.</summary>
    public string For(HttpRequest request, string pathAndQuery)
    {
        if (baseUrl is not null)
        {
            return baseUrl + pathAndQuery;
        }
        var local = request.PathBase.ToUriComponent() + pathAndQuery;
        return allowedHosts.Length > 0 && request.Host.HasValue ? $"{request.Scheme}://{request.Host.ToUriComponent()}{local}" : local;
    }

    /// <summary>An absolute http(s) URL with nothing after its path, which paths can follow.</summary>
    public static bool IsBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}

public static class PublicUrlsSetup
{
    public static IServiceCollection AddFactCheckPublicUrls(this IServiceCollection services)
    {
        services.AddSingleton<PublicUrls>();
        services.AddOptions<FactCheckOptions>()
            .Validate(o => o.PublicBaseUrl is null || PublicUrls.IsBaseUrl(o.PublicBaseUrl),
                "FactCheck:PublicBaseUrl must be an absolute http or https URL with no query or fragment, such as https://factcheck.example.org.")
            .ValidateOnStart();
        // ASP.NET Core's own host filter answers a bare 400 before our pipeline runs; RequestEdgeMiddleware checks
        // AllowedHosts instead, with a problem. Registered after the framework's defaults, so this runs last.
        services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        return services;
    }
}
