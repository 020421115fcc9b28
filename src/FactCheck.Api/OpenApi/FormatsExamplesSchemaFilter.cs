using System.Text.Json;
using FactCheck.Api.Common;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Reviews;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>Examples for the reviews, rating mappings and import/export schemas (kept apart from <see cref="ExamplesSchemaFilter"/>, which follows the demo data).</summary>
internal sealed class FormatsExamplesSchemaFilter : ISchemaFilter
{
    public static readonly Guid ReviewId = new("017ddfdd-e100-7000-8000-0000000000a1");

    private static readonly Lazy<Dictionary<Type, object>> Examples = new(Build);

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
        var publisher = new ReviewPublisher("Example Fact Check", "https://factcheck.example.org/");
        var review = new ReviewRequest(publisher, "https://factcheck.example.org/2021/12/shoigu-chemical-components",
            "False", "No, US contractors are not smuggling chemical components into Ukraine", at, "en", 1, 5, 1);
        var mapping = new RatingMappingResponse("pants on fire", EvidenceStatus.Refuted, "PolitiFact's rating for a false and ridiculous claim.", at, "seed");
        var report = Importing.ImportResponse.Empty(4);
        report.Counts["claimants"].Created = 1;
        report.Counts["claims"].Created = 3;
        report.Counts["sources"].Unchanged = 1;
        report.Counts["reviews"].Created = 3;
        report.Reject(new Importing.ImportRejection(2, "The review has no absolute http(s) 'url'."));
        report.Unmapped(new Importing.UnmappedRating(1, "Four Pinocchios and a half"));
        report.ByNumber(new Importing.NumericRating(3, "Nepravda", 1, 1, 5, EvidenceStatus.Refuted));
        report.Note(new Importing.ImportNote(0, "The appearance in https://www.foxnews.com/world/russia-us-security-talks-ukraine was left out: that source is deleted."));
        var job = new Importing.ImportJobResponse(new Guid("017ddfdd-e100-7000-8000-0000000000b1"), Importing.ImportJobStatus.Succeeded,
            at, at.AddSeconds(1), at.AddSeconds(21), "newsroom-desk", 3, 5_242_880, 5_242_880, report, null);
        // The demo's claim still unverified: a review rated in words no mapping knew left it so.
        var sample = new UnmappedLabelSample(DemoIds.TalksClaim, "Bilateral US–Russia security talks will open at the very start of next year.",
            EvidenceStatus.Unverified, new Guid("017ddfdd-e100-7000-8000-0000000000a2"), "Nepravda", "Example Fact Check",
            "https://factcheck.example.org/2021/12/lavrov-security-talks");
        return new Dictionary<Type, object>
        {
            [typeof(UnmappedLabelSample)] = sample,
            [typeof(UnmappedLabelResponse)] = new UnmappedLabelResponse("nepravda", 12, 3, at.AddDays(-30), at, ["Demagog.cz", "Example Fact Check"], sample),
            [typeof(RatingMappingChangeResponse)] = new RatingMappingChangeResponse("nepravda", EvidenceStatus.Refuted,
                "[cs] Demagog.cz: untrue.", at, "newsroom-admin", 12, 9, 1),
            [typeof(Importing.NumericRating)] = new Importing.NumericRating(3, "Nepravda", 1, 1, 5, EvidenceStatus.Refuted),
            [typeof(Importing.ImportResponse)] = report,
            [typeof(Importing.ImportJobResponse)] = job,
            [typeof(RatingMappingRequest)] = new RatingMappingRequest(EvidenceStatus.Refuted, "PolitiFact's rating for a false and ridiculous claim."),
            [typeof(RatingMappingResponse)] = mapping,
            [typeof(RatingMappingListResponse)] = new RatingMappingListResponse([mapping]),
            [typeof(ReviewPublisher)] = publisher,
            [typeof(ReviewRequest)] = review,
            [typeof(ReviewResponse)] = new ReviewResponse(ReviewId, DemoIds.ShoiguClaim, publisher, review.Url, review.Title, at, "en",
                "False", 1, 5, 1, at, at, null),
        };
    }
}
