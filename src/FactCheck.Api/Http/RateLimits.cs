using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

/// <summary>
/// One fixed-window budget per API key (authenticated callers) or per client address (anonymous callers), so one
/// busy script slows only itself. Refusals are 429 problems with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddFactCheckRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        // Configured from IOptions rather than builder.Configuration, so settings a test host adds late still apply.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<FactCheckOptions>>((options, factCheck) =>
        {
            var limits = factCheck.Value.RateLimits;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RejectAsync(context, limits);
            if (limits.Enabled)
            {
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            }
        });
        return services;
    }

    /// <summary>Goes after authentication: the partition is the caller's API key, which authentication finds.</summary>
    public static WebApplication UseFactCheckRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The partition of a request; the key names where the budget comes from, so keys and addresses never share one.</summary>
    internal static string PartitionKey(HttpContext http) => http.User.Identity?.IsAuthenticated == true
        ? "key:" + http.User.Identity.Name
        : "ip:" + http.Connection.RemoteIpAddress;

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        // The contract and Swagger UI are static and cheap; a page load fetches many files and should not spend the budget.
        if (http.Request.Path.StartsWithSegments("/swagger") || http.Request.Path.StartsWithSegments("/openapi"))
        {
            return RateLimitPartition.GetNoLimiter("docs");
        }
        var key = PartitionKey(http);
        var permits = key.StartsWith("key:", StringComparison.Ordinal) ? limits.PermitLimit : limits.AnonymousPermitLimit;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0, // Refuse at once: a queued request holds a connection and still looks slow to the caller.
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits)
    {
        // A fixed window reports the whole window, never less than the real wait, so a client that obeys is never early.
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromSeconds(limits.WindowSeconds);
        await RefuseAsync(context.HttpContext, wait, "This client has used its requests for now.");
    }

    /// <summary>A 429 problem with Retry-After; <paramref name="reason"/> is followed by when to retry.</summary>
    internal static async Task RefuseAsync(HttpContext http, TimeSpan wait, string reason)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.RateLimited,
                Title = "Too many requests",
                Detail = $"{reason} Retry after {seconds} second(s).",
            },
        });
    }
}
