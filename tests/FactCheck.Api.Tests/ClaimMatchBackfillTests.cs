using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.Infrastructure.MatchClient;

namespace FactCheck.Api.Tests;

/// <summary>Claims another program wrote while the service was stopped are indexed when it starts, before it serves.</summary>
public sealed class ClaimMatchBackfillTests
{
    [Fact]
    public async Task Claims_written_while_the_service_was_stopped_are_indexed_at_start_up()
    {
        var first = new FactCheckApp { KeepDataOnDispose = true };
        var claimant = ApiClient.Id(await first.CreateClient().CreateActorAsync());
        first.Dispose();
        var words = new[] { UniqueWord(), UniqueWord() };
        var claims = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(first.DataDirectory, "factcheck.db")};Pooling=False"))
        {
            foreach (var word in words)
            {
                claims.Add(Guid.CreateVersion7().ToString());
                await ClaimMatchIndexTests.InsertClaimAsync(connection, claims[^1], $"El contrabando de componentes químicos en la frontera de {word}.", claimant);
            }
        }

        using var second = new FactCheckApp { DataDirectory = first.DataDirectory };
        var client = second.CreateClient();

        // Started: indexed already, before any match asked.
        using (var db = OpenDatabase(second.DataDirectory))
        {
            Assert.Equal(0, Count(db, "SELECT count(*) FROM match_queue"));
            Assert.Equal(2, Count(db, "SELECT count(*) FROM match_claims WHERE ClaimId IN (@a, @b)",
                ("@a", claims[0].ToUpperInvariant()), ("@b", claims[1].ToUpperInvariant())));
        }
        AssertIndexInStep(second.DataDirectory);
        for (var i = 0; i < claims.Count; i++)
        {
            Assert.Equal(claims[i], (await client.MatchAsync($"Contrabando de componentes químicos {words[i]}"))[0].Id);
            Assert.DoesNotContain(await client.MatchAsync("Los médicos trabajan en una clínica de la ciudad."), h => h.Id == claims[i]);
        }
    }
}
