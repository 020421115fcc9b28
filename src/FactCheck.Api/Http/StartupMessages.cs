using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Http;

public static class StartupMessages
{
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
