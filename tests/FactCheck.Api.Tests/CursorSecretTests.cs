using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests;

/// <summary>Cursors are signed with each install's own secret: one made at the first start and kept with the data.</summary>
public sealed class CursorSecretTests
{
    /// <summary>The demo data has the same ids everywhere, so the first page of claims ends at the same claim in every install.</summary>
    private static async Task<string> FirstCursorAsync(FactCheckApp app) =>
        (string)(await app.CreateClient().GetOkAsync("/api/v1/claims?limit=1"))["nextCursor"]!;

    [Fact]
    public async Task Two_fresh_installs_sign_the_same_page_differently_and_refuse_each_others_cursors()
    {
        using var first = new DemoApp();
        using var second = new DemoApp();

        var cursor = await FirstCursorAsync(first);

        Assert.NotEqual(cursor, await FirstCursorAsync(second));
        await ProblemAssert.IsValidationProblemAsync(await second.CreateClient().GetAsync($"/api/v1/claims?limit=1&cursor={cursor}"), "cursor");
        Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync($"/api/v1/claims?limit=1&cursor={cursor}")).StatusCode);

        // A configured secret still wins: installs that share one agree.
        var shared = new Dictionary<string, string> { ["FactCheck:CursorSecret"] = "a secret the two installs share, long enough" };
        using var third = new DemoApp { Settings = shared };
        using var fourth = new DemoApp { Settings = shared };
        Assert.Equal(await FirstCursorAsync(third), await FirstCursorAsync(fourth));
    }

    [Fact]
    public async Task The_secret_is_kept_in_the_database_so_a_restart_keeps_cursors_valid()
    {
        string cursor, directory;
        using (var before = new DemoApp { KeepDataOnDispose = true })
        {
            cursor = await FirstCursorAsync(before);
            directory = before.DataDirectory;
        }

        using var after = new DemoApp { DataDirectory = directory };

        var page = await after.CreateClient().GetOkAsync($"/api/v1/claims?limit=1&cursor={cursor}");
        Assert.Single(page["items"]!.AsArray());
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "factcheck.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM app_settings WHERE Key = 'cursor-secret'";
        var secret = Convert.FromBase64String((string)(await command.ExecuteScalarAsync())!);
        Assert.Equal(32, secret.Length);
    }
}
