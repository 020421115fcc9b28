using System.Text.RegularExpressions;
using FactCheck.Api.Data.Demo;

namespace FactCheck.Api.OpenApi;

/// <summary>An operation's path with the demo data's ids in place of its parameters, for the examples of its problems.</summary>
internal static partial class DemoPaths
{
    private static readonly Guid Review = new("017de04b-c1e8-7000-8000-000000000001");

    public static string Fill(string template) => Parameter().Replace(template, m => Id(template, m.Groups["name"].Value).ToString());

    /// <summary>The 404 the last id of the path gives, worded as the handlers word it.</summary>
    public static string NotFoundDetail(string template)
    {
        var last = Parameter().Matches(template).LastOrDefault()?.Groups["name"].Value;
        var (what, id) = last is null ? ("claim", DemoIds.ShoiguClaim) : (Resource(template, last), Id(template, last));
        return $"No {what} has the id '{id}'.";
    }

    private static Guid Id(string template, string name) => name switch
    {
        "claimId" or "otherId" => name == "otherId" ? DemoIds.RyabkovClaim : DemoIds.ShoiguClaim,
        "actorId" => DemoIds.Shoigu,
        "sourceId" => DemoIds.FoxNews,
        "rebuttalId" => DemoIds.KirbyRebuttal,
        "evidenceId" => DemoIds.PentagonEvidence,
        "changeId" => DemoIds.ShoiguRefuted,
        "reviewId" => Review,
        _ => Resource(template, name) switch
        {
            "actor" => DemoIds.Shoigu,
            "source" => DemoIds.FoxNews,
            "claim" => DemoIds.ShoiguClaim,
            _ => new Guid("017ddfdd-e100-7000-8000-000000000002"),
        },
    };

    private static string Resource(string template, string name) => name switch
    {
        "claimId" => "claim",
        "actorId" => "actor",
        "sourceId" => "source",
        "rebuttalId" => "rebuttal of this claim",
        "evidenceId" => "evidence item of this claim",
        "changeId" => "status change of this claim",
        "reviewId" => "review of this claim",
        "otherId" => "repeat link",
        _ when template.StartsWith("/api/v1/actors", StringComparison.Ordinal) => "actor",
        _ when template.StartsWith("/api/v1/sources", StringComparison.Ordinal) => "source",
        _ when template.StartsWith("/api/v1/keys", StringComparison.Ordinal) => "API key",
        _ when template.StartsWith("/api/v1/imports", StringComparison.Ordinal) => "import job",
        _ => "claim",
    };

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
