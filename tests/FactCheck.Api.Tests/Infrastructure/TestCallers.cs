using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// TestServer has no client address, and real keys would make every rate-limit test share one budget. This lets a test
/// say who is calling: <c>X-Test-Client-Ip</c> sets the address, <c>X-Test-Api-Key</c> an authenticated caller of that name.
/// It runs before the service's own pipeline, where authentication would run.
/// </summary>
public static class TestCallers
{
    public const string ClientIpHeader = "X-Test-Client-Ip";
    public const string ApiKeyHeader = "X-Test-Api-Key";

    public static IWebHostBuilder UseTestCallers(this IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, Filter>());

    public static HttpRequestMessage From(this HttpRequestMessage request, string ip, string? apiKey = null)
    {
        request.Headers.Add(ClientIpHeader, ip);
        if (apiKey is not null)
        {
            request.Headers.Add(ApiKeyHeader, apiKey);
        }
        return request;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers[ClientIpHeader] is [{ } ip])
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(ip);
                }
                if (http.Request.Headers[ApiKeyHeader] is [{ } key])
                {
                    http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, key)], "TestApiKey"));
                }
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
