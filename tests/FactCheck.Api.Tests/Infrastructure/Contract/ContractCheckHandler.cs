using Xunit.Sdk;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Sits in every client the test fixtures make: each answer is checked against openapi/v1.json before the test sees it,
/// and one the contract does not describe fails the test with what differs.
/// </summary>
public sealed class ContractCheckHandler(ApiContract contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var fault = contract.Check(request.Method.Method, request.RequestUri!, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        return fault is null ? response : throw new ContractViolationException(fault);
    }
}

/// <summary>An answer that differs from the committed contract.</summary>
public sealed class ContractViolationException(string message) : XunitException("Answer outside the OpenAPI contract: " + message);
