namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// One database for the classes that sweep a promise across every resource (ETags, tombstones, includeDeleted, roles,
/// restore rules). Each of their tests makes records of its own and counts nothing it did not make, so they need no
/// fresh start of their own, and one start instead of one per class keeps the suite's time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedDatabase : ICollectionFixture<FactCheckApp>
{
    public const string Name = "coverage";
}
