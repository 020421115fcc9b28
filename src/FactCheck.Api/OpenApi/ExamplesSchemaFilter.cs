using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.History;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Sources;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>Gives every request and response schema an example taken from the demo data (Shoigu's allegation and Kirby's denial).</summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private static readonly Lazy<Dictionary<Type, object>> Examples = new(Build);

    /// <summary>A W3C trace id, as every problem carries one.</summary>
    internal const string ExampleTraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && context.MemberInfo is null && context.ParameterInfo is null
            && Examples.Value.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, ApiJson.Options)!];
        }
    }

    private static Dictionary<Type, object> Build()
    {
        var at = new DateTime(2021, 12, 22, 12, 0, 0, DateTimeKind.Utc);
        var demo = DemoRecords.Build(at, DemoDataLoader.Author);
        var shoigu = demo.Actors.Single(a => a.Id == DemoIds.Shoigu);
        var fox = demo.Sources.Single(s => s.Id == DemoIds.FoxNews);
        var claim = demo.Claims.Single(c => c.Id == DemoIds.ShoiguClaim);
        var refuted = demo.StatusChanges.Single(s => s.ClaimId == DemoIds.ShoiguClaim).ToResponse();
        var claimResponse = claim.ToResponse();
        return new Dictionary<Type, object>
        {
            [typeof(ActorRequest)] = DemoData.Actors.Single(a => a.Id == DemoIds.Shoigu).Request,
            [typeof(ActorResponse)] = shoigu.ToResponse(),
            [typeof(ActorSummary)] = shoigu.ToSummary(),
            [typeof(SourceRequest)] = DemoData.Sources.Single(s => s.Id == DemoIds.FoxNews).Request,
            [typeof(SourceResponse)] = fox.ToResponse(),
            [typeof(SourceSummary)] = claimResponse.Sources[0],
            [typeof(ClaimRequest)] = DemoData.Claims.Single(c => c.Id == DemoIds.ShoiguClaim).Request,
            [typeof(ClaimResponse)] = claimResponse,
            // A claim of the demo data, so that "Try it out" links two records that exist.
            [typeof(ClaimRepeatRequest)] = new ClaimRepeatRequest(DemoIds.RyabkovClaim),
            [typeof(ClaimRepeatResponse)] = new ClaimRepeatResponse(new Guid("017ddfa6-f280-7000-8000-000000000002"),
                "US contractors brought chemical components into Ukraine.", claim.ClaimantId, claim.MadeAt.AddDays(1), at),
            [typeof(Stats.ScorecardResponse)] = new Stats.ScorecardResponse(claim.ClaimantId, "Sergei Shoigu", 1,
                Enum.GetValues<Common.EvidenceStatus>().ToDictionary(s => s.ToWire(), s => s == Common.EvidenceStatus.Refuted ? 1 : 0),
                [new Stats.ClaimBrief(claim.Id, claimResponse.Statement, claimResponse.MadeAt, Common.EvidenceStatus.Refuted)]),
            [typeof(Stats.StatsResponse)] = new Stats.StatsResponse(1,
                Enum.GetValues<Common.EvidenceStatus>().ToDictionary(s => s.ToWire(), s => s == Common.EvidenceStatus.Refuted ? 1 : 0),
                [new Stats.LabelCount("chemical weapons", 1)], [new Stats.LabelCount("2021-12", 1)]),
            [typeof(ClaimMatchRequest)] = new ClaimMatchRequest("American contractors smuggle chemical components into Ukraine", 5, "en"),
            [typeof(RebuttalRequest)] = DemoData.Rebuttals.Single(r => r.Id == DemoIds.KirbyRebuttal).Request,
            [typeof(RebuttalResponse)] = claimResponse.Rebuttals[0],
            [typeof(EvidenceRequest)] = DemoData.Evidence.Single(e => e.Id == DemoIds.PentagonEvidence).Request,
            [typeof(EvidenceResponse)] = claimResponse.Evidence[0],
            [typeof(StatusChangeRequest)] = DemoData.StatusChanges.Single(s => s.ClaimId == DemoIds.ShoiguClaim).Request,
            [typeof(StatusChangeResponse)] = refuted,
            [typeof(StatusHistoryResponse)] = new StatusHistoryResponse(Common.EvidenceStatus.Refuted, [refuted]),
            [typeof(Keys.ApiKeyRequest)] = new Keys.ApiKeyRequest("newsroom-desk", Keys.ApiKeyRole.Editor),
            [typeof(Keys.CreatedApiKeyResponse)] = new Keys.CreatedApiKeyResponse(
                new Guid("017ddfdd-e100-7000-8000-000000000002"), "newsroom-desk", Keys.ApiKeyRole.Editor, "fck_Xq3v…(43 characters, shown once)", at),
            [typeof(Keys.ApiKeyResponse)] = new Keys.ApiKeyResponse(
                new Guid("017ddfdd-e100-7000-8000-000000000002"), "newsroom-desk", Keys.ApiKeyRole.Editor, "fck_Xq3v1a", at, "bootstrap-admin", at, null),
            [typeof(ProblemDetails)] = new ProblemDetails
            {
                Type = Http.ProblemTypes.NotFound, Title = "Not found", Status = 404,
                Detail = $"No claim has the id '{DemoIds.ShoiguClaim}'.", Instance = $"/api/v1/claims/{DemoIds.ShoiguClaim}",
                Extensions = { ["traceId"] = ExampleTraceId },
            },
            [typeof(HttpValidationProblemDetails)] = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["rationale"] = ["'rationale' must not be empty or blank."],
            })
            {
                Type = Http.ProblemTypes.Validation, Title = "One or more fields are invalid.", Status = 400,
                Detail = "See 'errors' for each field at fault.", Instance = $"/api/v1/claims/{DemoIds.ShoiguClaim}/status",
                Extensions = { ["traceId"] = ExampleTraceId },
            },
            [typeof(HistoryEntryResponse)] = new HistoryEntryResponse(
                new Guid("017ddfdd-e100-7000-8000-000000000001"), at, DemoDataLoader.Author, HistoryOperation.StatusChange, "claim", claim.Id,
                [
                    new FieldChange("evidenceStatus", JsonValue.Create("unverified"), JsonValue.Create("refuted")),
                    new FieldChange("statusRationale", null, JsonValue.Create(refuted.Rationale)),
                ]),
        };
    }
}
