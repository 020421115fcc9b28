using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.OpenApiWriter;

/// <summary>
/// Writes openapi/v1.json: the document the service serves, started as the tests start it, in the text OpenApiContractTests
/// compare. After an intended API change: run it, read the diff, commit the file (README: The OpenAPI contract).
/// A class of its own rather than top-level statements, whose generated <c>Program</c> would hide the service's.
/// </summary>
public static class ContractWriter
{
    public static async Task<int> Main()
    {
        // WebApplicationFactory finds the service's content root through MvcTestingAppManifest.json in the working
        // directory: the build output's, as under the test runner, not the one `dotnet run` was started from.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        using var app = new FactCheckApp();
        // A client without the contract check: the committed file may be the very thing that is out of date or broken.
        var served = await ServedContract.ReadAsync(app.Server.CreateClient());
        await File.WriteAllTextAsync(Repository.OpenApiContract, served);
        await Console.Out.WriteLineAsync($"Wrote {Repository.OpenApiContract} ({served.Length} characters).");
        return 0;
    }
}
