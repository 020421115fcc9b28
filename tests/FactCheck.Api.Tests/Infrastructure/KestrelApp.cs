using FactCheck.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The service behind a real Kestrel on 127.0.0.1 and a free port. TestServer hands requests to the application as
/// objects, so what Kestrel itself refuses (request lines and headers it will not parse) is only seen through this.
/// </summary>
public class KestrelApp : FactCheckApp
{
    public KestrelApp() => UseKestrel(0);

    /// <summary>Where the server listens, once started.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        }
    }

    /// <summary>Sends <paramref name="request"/> as it is, byte for byte, and reads the answer, checked against the contract.</summary>
    public async Task<RawResponse> SendRawAsync(byte[] request) => (await RawHttp.SendAsync(Address, request)).Checked(request);
}
