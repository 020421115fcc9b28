using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The service on a clock the test moves (the service reads time only from the <see cref="TimeProvider"/> it is given):
/// a test makes time pass with <see cref="FakeTimeProvider.Advance"/>, never by waiting. It starts at the real time, and
/// each reading moves it on by a microsecond, the precision timestamps keep, so records written one after another still
/// get distinct, increasing times, as on a real clock.
/// </summary>
public class FakeClockApp : FactCheckApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromTicks(10) };

    /// <summary>The service's time now, as a UTC <see cref="DateTime"/>.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
