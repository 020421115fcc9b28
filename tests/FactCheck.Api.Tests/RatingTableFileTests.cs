using FactCheck.Api.Data.RatingTables;
using FactCheck.Api.Reviews;

namespace FactCheck.Api.Tests;

/// <summary>The seeded rating table's data file, as its migration reads it.</summary>
public sealed class RatingTableFileTests
{
    [Fact]
    public void The_rating_table_file_holds_no_label_twice_with_two_statuses_and_covers_every_language()
    {
        var rows = RatingTableSeed.Read("2026-12-rating-table.tsv");

        Assert.True(rows.Count >= 300);
        foreach (var language in new[] { "en", "es", "fr", "de", "pt", "it", "ru", "uk", "ar", "hi", "tr", "pl", "nl", "id" })
        {
            Assert.True(rows.Count(r => r.Languages.Split(' ').Contains(language)) >= 5, language);
        }
        Assert.All(rows, r => Assert.Equal(r.Label, RatingLabels.Normalise(r.Label)));
    }
}
