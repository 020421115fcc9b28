using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

public static class StartupMessages
{
    /// <summary>A subcommand prints its result on stdout; logs go to stderr and only when something is wrong.</summary>
    public static void QuietForCommandLine(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        // Added last, so it wins over appsettings.json's levels.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        });
    }

    /// <summary>
    /// Validates the settings checked on start (ValidateOnStart: the publisher's URLs in Production, the public base URL)
    /// now, before the database is touched, so a server that cannot start leaves no trace; the exception names each fault.
    /// </summary>
    public static void CheckSettings(this WebApplication app) => app.Services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>Prints where Swagger UI is once the server listens, so a newcomer knows where to click.</summary>
    public static void AnnounceSwaggerUi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value.SwaggerUi)
        {
            return;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Swagger UI: {Address}/swagger", address.TrimEnd('/'));
            }
        });
    }
}
