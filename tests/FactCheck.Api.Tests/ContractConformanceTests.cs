using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using FactCheck.Api.Tests.Infrastructure.Contract;

namespace FactCheck.Api.Tests;

/// <summary>
/// Every client of the test fixtures checks each answer against openapi/v1.json (<see cref="ContractCheckHandler"/>).
/// These prove that the check can fail: answers the contract does not describe are caught, and say what differs.
/// </summary>
public sealed class ContractConformanceTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private static readonly ApiContract Contract = ApiContract.Committed;

    private async Task<(string Path, JsonObject Claim)> ClaimAsync()
    {
        var claim = await app.CreateClient().CreateClaimAsync();
        return ($"/api/v1/claims/{ApiClient.Id(claim)}", claim);
    }

    private static Uri Url(string path) => new(new Uri("http://localhost"), path);

    [Fact]
    public async Task A_real_answer_conforms()
    {
        var (path, claim) = await ClaimAsync();

        Assert.Null(Contract.Check("GET", Url(path), 200, "application/json", claim.ToJsonString()));
    }

    [Fact]
    public async Task A_body_without_a_required_member_fails_naming_it()
    {
        var (path, claim) = await ClaimAsync();
        claim.Remove("statement");

        var fault = Contract.Check("GET", Url(path), 200, "application/json", claim.ToJsonString());

        Assert.NotNull(fault);
        Assert.Contains("GET /api/v1/claims/{id}", fault, StringComparison.Ordinal);
        Assert.Contains("required", fault, StringComparison.Ordinal);
        Assert.Contains("statement", fault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_the_wrong_type_or_format_or_an_unknown_member_fails()
    {
        var (path, claim) = await ClaimAsync();

        var wrongType = claim.DeepClone().AsObject();
        wrongType["topics"] = "chemical weapons";
        var wrongFormat = claim.DeepClone().AsObject();
        wrongFormat["claimantId"] = "Sergei Shoigu";
        var unknown = claim.DeepClone().AsObject();
        unknown["verdict"] = "refuted";

        Assert.Contains("/topics", Contract.Check("GET", Url(path), 200, "application/json", wrongType.ToJsonString()), StringComparison.Ordinal);
        Assert.Contains("/claimantId", Contract.Check("GET", Url(path), 200, "application/json", wrongFormat.ToJsonString()), StringComparison.Ordinal);
        Assert.Contains("verdict", Contract.Check("GET", Url(path), 200, "application/json", unknown.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undocumented_status_or_content_type_fails()
    {
        var path = $"/api/v1/claims/{Guid.NewGuid()}";
        var problem = """{"type":"urn:factcheck:problem:http","title":"I'm a teapot","status":418,"traceId":"00-1-2-01"}""";

        var status = Contract.Check("GET", Url(path), 418, "application/problem+json", problem);
        var contentType = Contract.Check("GET", Url(path), 200, "text/html", "<p>claim</p>");
        var noBody = Contract.Check("GET", Url(path), 200, "application/json", "");

        Assert.Contains("documents no 418", status, StringComparison.Ordinal);
        Assert.Contains("not text/html", contentType, StringComparison.Ordinal);
        Assert.Contains("none came", noBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_without_its_trace_id_or_outside_any_operation_with_another_status_fails()
    {
        var path = $"/api/v1/claims/{Guid.NewGuid()}";

        var noTrace = Contract.Check("GET", Url(path), 404, "application/problem+json",
            """{"type":"urn:factcheck:problem:not-found","title":"Not found","status":404}""");
        var unrouted = Contract.Check("GET", Url("/api/v1/verdicts"), 200, "application/json", "{}");

        Assert.Contains("traceId", noTrace, StringComparison.Ordinal);
        Assert.Contains("no such operation", unrouted, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_ndjson_line_is_checked()
    {
        var good = """{"id":"017ddfa6-f280-77ce-9f37-a214592c0798","statement":"S","claimantId":"017dda49-a800-74d2-9b2f-540fd9235517","claimant":"Sergei Shoigu","madeAt":"2021-12-21T00:00:00Z","evidenceStatus":"refuted","rebuttals":1,"evidence":1,"latestReviewUrl":null,"latestReviewPublisher":null,"latestReviewRating":null,"latestReviewAt":null}""";
        var bad = good.Replace("\"refuted\"", "\"false\"", StringComparison.Ordinal);

        Assert.Null(Contract.Check("GET", Url("/api/v1/claims/export"), 200, "application/x-ndjson", good + "\n" + good + "\n"));
        Assert.Contains("line 2", Contract.Check("GET", Url("/api/v1/claims/export"), 200, "application/x-ndjson", good + "\n" + bad + "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_example_in_the_contract_matches_its_schema_and_every_problem_example_its_status()
    {
        Assert.Empty(Contract.ExampleFaults());
    }

    [Fact]
    public async Task The_handler_in_every_client_fails_the_request_that_got_a_non_conforming_answer()
    {
        using var client = new HttpClient(new ContractCheckHandler(Contract) { InnerHandler = new Answering(HttpStatusCode.OK, "{}") })
        {
            BaseAddress = new Uri("http://localhost"),
        };

        var failure = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}"));

        Assert.Contains("GET /api/v1/claims/{id}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("required", failure.Message, StringComparison.Ordinal);
    }

    private sealed class Answering(HttpStatusCode status, string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
