using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Sources;
using static FactCheck.Api.Data.Demo.DemoIds;

namespace FactCheck.Api.Data.Demo;

/// <summary>
/// December 2021 reporting on Russia, NATO and Ukraine (Fox News, "Russia will engage in US security talks as tensions
/// escalate over Ukraine", 22 Dec 2021, citing Reuters and the Pentagon's briefing). Written as API requests, so the
/// same values load the demo database and illustrate the OpenAPI document. Quotes are only the short phrases reported;
/// no URL is given that could not be vouched for.
/// </summary>
public static class DemoData
{
    private static DateTimeOffset Day(int month, int day) => new(2021, month, day, 0, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<(Guid Id, ActorRequest Request)> Actors =
    [
        (Shoigu, new("Sergei Shoigu", ActorKind.Person, "Minister of Defence", "Government of the Russian Federation", "RU",
            ["https://en.wikipedia.org/wiki/Sergei_Shoigu"])),
        (Kirby, new("John Kirby", ActorKind.Person, "Pentagon Press Secretary", "U.S. Department of Defense", "US")),
        (Ryabkov, new("Sergei Ryabkov", ActorKind.Person, "Deputy Foreign Minister", "Ministry of Foreign Affairs of the Russian Federation", "RU")),
        (Putin, new("Vladimir Putin", ActorKind.Person, "President of Russia", "Government of the Russian Federation", "RU",
            ["https://en.wikipedia.org/wiki/Vladimir_Putin"])),
        (Polyakova, new("Alina Polyakova", ActorKind.Person, "President and CEO", "Center for European Policy Analysis (CEPA)", "US")),
        (UsIntelligence, new("US intelligence officials", ActorKind.Organization, null, "United States intelligence community", "US")),
        (Lavrov, new("Sergei Lavrov", ActorKind.Person, "Minister of Foreign Affairs", "Government of the Russian Federation", "RU",
            ["https://en.wikipedia.org/wiki/Sergey_Lavrov"])),
    ];

    public static readonly IReadOnlyList<(Guid Id, SourceRequest Request)> Sources =
    [
        (FoxNews, new("Russia will engage in US security talks as tensions escalate over Ukraine", SourceKind.NewsArticle,
            Publisher: "Fox News", PublishedAt: Day(12, 22), Language: "en")),
        (PentagonBriefing, new("Pentagon press briefing, 21 December 2021", SourceKind.PressBriefing,
            Publisher: "U.S. Department of Defense", PublishedAt: Day(12, 21), Language: "en")),
    ];

    public static readonly IReadOnlyList<(Guid Id, ClaimRequest Request)> Claims =
    [
        (ShoiguClaim, new("US contractors are smuggling \"unidentified chemical components\" into Ukraine.", Shoigu, Day(12, 21),
            "Russia's defence minister alleged that US contractors are bringing chemical components into Ukraine.",
            [FoxNews], ["chemical weapons", "ukraine", "united states"], "en")),
        (RyabkovClaim, new("NATO is looking to deploy intermediate-range nuclear missiles in Europe.", Ryabkov, Day(12, 1),
            "Russia's deputy foreign minister said NATO intends to deploy intermediate-range nuclear missiles in Europe (early December 2021).",
            [FoxNews], ["nato", "nuclear weapons", "europe"], "en")),
        (PutinClaim, new("Russia is \"fully entitled\" to military \"reciprocal measures\" against \"unfriendly steps\" by the US and NATO.", Putin, Day(12, 21),
            "Putin said Russia may answer US and NATO actions with military measures.",
            [FoxNews], ["nato", "russia", "military"], "en")),
        (InvasionClaim, new("Russia plans a multi-front invasion of Ukraine in the new year with as many as 175,000 troops.", UsIntelligence, Day(12, 1),
            "US intelligence officials assessed that Russia is preparing a large multi-front invasion of Ukraine (December 2021).",
            [FoxNews], ["ukraine", "russia", "military"], "en")),
        (TalksClaim, new("Bilateral US–Russia security talks will open at the very start of next year.", Lavrov, Day(12, 22),
            "Russia's foreign minister said security talks with the US would begin in early 2022.",
            [FoxNews], ["diplomacy", "russia", "united states"], "en")),
    ];

    public static readonly IReadOnlyList<(Guid Id, Guid ClaimId, RebuttalRequest Request)> Rebuttals =
    [
        (KirbyRebuttal, ShoiguClaim, new(Kirby, "The allegation is \"completely false\".", RebuttalKind.Denial, Day(12, 21), PentagonBriefing)),
        (PolyakovaRebuttal, PutinClaim, new(Polyakova, "Framing Russia as the victim \"is disinformation\".", RebuttalKind.Context, Day(12, 22), FoxNews)),
    ];

    public static readonly IReadOnlyList<(Guid Id, Guid ClaimId, EvidenceRequest Request)> Evidence =
    [
        (PentagonEvidence, ShoiguClaim, new("The Pentagon calls the accusations unfounded; its press secretary called the allegation \"completely false\".",
            EvidenceBearing.Refutes, EvidenceStrength.Moderate, PentagonBriefing)),
        (RyabkovEvidence, RyabkovClaim, new("The statement was reported as made \"without providing evidence\".",
            EvidenceBearing.Context, EvidenceStrength.Moderate, FoxNews)),
        (PutinEvidence, PutinClaim, new("A CEPA analyst described the framing of Russia as the victim of NATO as disinformation.",
            EvidenceBearing.Refutes, EvidenceStrength.Weak, FoxNews)),
    ];

    public static readonly IReadOnlyList<(Guid Id, Guid ClaimId, StatusChangeRequest Request)> StatusChanges =
    [
        (ShoiguRefuted, ShoiguClaim, new(Common.EvidenceStatus.Refuted,
            "The Pentagon's press secretary called the allegation \"completely false\" and the Pentagon calls the accusations unfounded; no evidence was offered for it.")),
        (RyabkovNoEvidence, RyabkovClaim, new(Common.EvidenceStatus.NoEvidenceOffered, "Reported as made \"without providing evidence\".")),
        (PutinDisputed, PutinClaim, new(Common.EvidenceStatus.Disputed,
            "A statement of entitlement and intent; analysts such as Alina Polyakova (CEPA) call its framing of Russia as the victim disinformation.")),
    ];
}
