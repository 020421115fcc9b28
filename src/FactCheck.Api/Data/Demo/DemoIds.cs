namespace FactCheck.Api.Data.Demo;

/// <summary>
/// Fixed ids of the demo records (UUIDv7, timestamped December 2021), so that the examples in the
/// OpenAPI document and the README work against a fresh start.
/// </summary>
public static class DemoIds
{
    public static readonly Guid Shoigu = new("017dda49-a800-74d2-9b2f-540fd9235517");
    public static readonly Guid Kirby = new("017dda49-abe8-7941-a6f0-a2e52615770c");
    public static readonly Guid Ryabkov = new("017dda49-afd0-7971-9f3a-9926be07fa1a");
    public static readonly Guid Putin = new("017dda49-b3b8-78d1-9df1-684dda891b8c");
    public static readonly Guid Polyakova = new("017dda49-b7a0-776d-8ef5-5021372c19d1");
    public static readonly Guid UsIntelligence = new("017dda49-bb88-7540-90cd-78510f38f853");
    public static readonly Guid Lavrov = new("017dda49-bf70-7ab9-a585-e6a51ed0c6b4");
    public static readonly Guid FoxNews = new("017ddf70-0400-79ac-aa18-02ff52261b7a");
    public static readonly Guid PentagonBriefing = new("017ddf70-07e8-74db-8ec8-f5102dd842d0");
    public static readonly Guid ShoiguClaim = new("017ddfa6-f280-77ce-9f37-a214592c0798");
    public static readonly Guid RyabkovClaim = new("017ddfa6-f668-7a5a-bcb4-c61114d1f1b8");
    public static readonly Guid PutinClaim = new("017ddfa6-fa50-7c06-8653-5811042fc40d");
    public static readonly Guid InvasionClaim = new("017ddfa6-fe38-7f5b-8f04-8a7c594bdb73");
    public static readonly Guid TalksClaim = new("017ddfa7-0220-7e3a-ab73-3a87523a585d");
    public static readonly Guid KirbyRebuttal = new("017ddfdd-e100-799b-a62f-f573af184ffb");
    public static readonly Guid PolyakovaRebuttal = new("017ddfdd-e4e8-70d2-861e-235c11430dd7");
    public static readonly Guid PentagonEvidence = new("017de014-cf80-7200-885d-df0be69318f1");
    public static readonly Guid RyabkovEvidence = new("017de014-d368-772b-8185-6d8f08dd52d1");
    public static readonly Guid PutinEvidence = new("017de014-d750-703f-892b-ef7cc4775825");
    public static readonly Guid ShoiguRefuted = new("017de04b-be00-7f06-8d40-6da500ead736");
    public static readonly Guid RyabkovNoEvidence = new("017de04b-c1e8-73e0-b9d2-48da88ee2cc8");
    public static readonly Guid PutinDisputed = new("017de04b-c5d0-7e23-bf52-eaf8a3bf45f2");
}
