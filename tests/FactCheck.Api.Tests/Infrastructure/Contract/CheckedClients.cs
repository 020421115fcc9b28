using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Clients whose every answer is checked against the contract (<see cref="ContractCheckHandler"/>). The check sits
/// closest to the server, so a redirect followed by the client is checked too.
/// </summary>
public static class CheckedClients
{
    public static HttpClient CreateCheckedClient(this WebApplicationFactory<Program> factory, WebApplicationFactoryClientOptions? options = null)
    {
        options ??= factory.ClientOptions;
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }
        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }
        handlers.Add(new ContractCheckHandler(ApiContract.Committed));
        // Behind Kestrel the client speaks over a socket, to the port the server took.
        var baseAddress = factory is KestrelApp kestrel ? kestrel.Address : options.BaseAddress;
        return factory.CreateDefaultClient(baseAddress, [.. handlers]);
    }

    /// <summary>Checks an answer read off the wire (<see cref="RawHttp"/>) against the request line that was sent.</summary>
    public static RawResponse Checked(this RawResponse response, byte[] request)
    {
        var requestLine = System.Text.Encoding.Latin1.GetString(request, 0, Math.Max(0, Array.IndexOf(request, (byte)'\r'))).Split(' ');
        var fault = ApiContract.Committed.Check(requestLine[0], new Uri(requestLine[1], UriKind.Relative), response.Status,
            response.Header("content-type")?.Split(';')[0].Trim(), response.Body);
        return fault is null ? response : throw new ContractViolationException(fault);
    }
}
