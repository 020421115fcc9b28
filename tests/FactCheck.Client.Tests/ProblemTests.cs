using FactCheck.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace FactCheck.Client.Tests;

/// <summary>Errors reach a client of the generated code as typed problem details (RFC 9457), by the contract's error mapping.</summary>
public sealed class ProblemTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_validation_problem_is_typed_with_the_fields_at_fault()
    {
        var api = server.CreateFactCheckClient(await server.CreateKeyAsync($"editor-{Guid.NewGuid():N}", ApiKeyRole.Editor)).Api.V1;

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() =>
            api.Claims.PostAsync(new ClaimRequest { Statement = "NATO is looking to deploy intermediate-range nuclear missiles in Europe." }));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(400, problem.Status);
        Assert.Equal("urn:factcheck:problem:validation", problem.Type);
        var errors = problem.Errors!.AdditionalData;
        Assert.Equal(["claimantId", "madeAt"], errors.Keys.Order(StringComparer.Ordinal));
        var messages = Assert.IsType<UntypedArray>(errors["claimantId"]).GetValue();
        Assert.NotEmpty(Assert.IsType<UntypedString>(Assert.Single(messages)).GetValue()!);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", problem.TraceId); // typed: the contract names it
    }

    [Fact]
    public async Task An_unknown_claim_is_a_typed_not_found_problem()
    {
        var api = server.CreateFactCheckClient(apiKey: null).Api.V1;
        var unknown = Guid.CreateVersion7();

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => api.Claims[unknown].GetAsync());

        Assert.Equal(404, problem.ResponseStatusCode);
        Assert.Equal(404, problem.Status);
        Assert.Equal("urn:factcheck:problem:not-found", problem.Type);
        Assert.Contains(unknown.ToString(), problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_without_a_key_or_with_a_reader_key_is_a_typed_problem()
    {
        var actor = new ActorRequest { Name = "Sergei Ryabkov", Kind = ActorKind.Person };

        var anonymous = await Assert.ThrowsAsync<ProblemDetails>(() => server.CreateFactCheckClient(apiKey: null).Api.V1.Actors.PostAsync(actor));
        var reader = server.CreateFactCheckClient(await server.CreateKeyAsync($"reader-{Guid.NewGuid():N}", ApiKeyRole.Reader));
        var forbidden = await Assert.ThrowsAsync<ProblemDetails>(() => reader.Api.V1.Actors.PostAsync(actor));

        Assert.Equal((401, "urn:factcheck:problem:unauthorized"), (anonymous.Status, anonymous.Type));
        Assert.Equal((403, "urn:factcheck:problem:forbidden"), (forbidden.Status, forbidden.Type));
    }
}
