using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Keys;

/// <summary>
/// How many requests with a key that is not valid each client address may send per window
/// (FactCheck:RateLimits:FailedKeyPermitLimit). A refused key is answered before the rate limiter runs, which counts per
/// key or per anonymous address; without this budget, guessing keys would cost nothing.
/// </summary>
public sealed class FailedKeyBudget : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan window;

    public FailedKeyBudget(IOptions<FactCheckOptions> options)
    {
        var limits = options.Value.RateLimits;
        window = TimeSpan.FromSeconds(limits.WindowSeconds);
        limiter = PartitionedRateLimiter.Create<string, string>(address => limits.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.FailedKeyPermitLimit,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(address));
    }

    /// <summary>How long until this address may present keys again, or null while it still may.</summary>
    public TimeSpan? Spent(HttpContext http)
    {
        // Asking for no permit tells whether any are left, without spending one.
        using var lease = limiter.AttemptAcquire(Address(http), permitCount: 0);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
    }

    public void CountFailure(HttpContext http) => limiter.AttemptAcquire(Address(http)).Dispose();

    public void Dispose() => limiter.Dispose();

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "";
}
