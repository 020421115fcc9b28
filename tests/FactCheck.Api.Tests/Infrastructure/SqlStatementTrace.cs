using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using FactCheck.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The SQL statements SQLite runs for each request, as SQLite reports them (sqlite3_trace, parameters filled in): whoever
/// issued them, EF Core or a command of one's own on the context's connection. Hooked on every connection the service's
/// context opens, and kept under the path of the request that opened it; a background job's statements are not kept.
/// </summary>
public sealed partial class SqlStatementTrace : DbConnectionInterceptor
{
    // Set by the host for each request once IHttpContextAccessor is registered; any instance reads the same value.
    private readonly HttpContextAccessor requests = new();
    private readonly ConcurrentQueue<(string Path, string Sql)> statements = new();

    /// <summary>Adds the trace to the service's context.</summary>
    public void AddTo(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.AddHttpContextAccessor();
        services.ConfigureDbContext<SqliteFactCheckDb>(options => options.AddInterceptors(this), ServiceLifetime.Singleton);
    });

    /// <summary>The statements run for requests to <paramref name="path"/>, in order, whitespace runs made one space.</summary>
    public IReadOnlyList<string> Of(string path) =>
        [.. statements.Where(s => s.Path == path).Select(s => Whitespace().Replace(s.Sql, " ").Trim())];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Hook(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Hook(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Unhook(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Unhook(connection);
        return ValueTask.FromResult(result);
    }

    private void Hook(DbConnection connection)
    {
        // Pooled connections carry their hook from one use to the next: each opening sets it afresh (or clears it).
        var path = requests.HttpContext?.Request.Path.Value;
        raw.sqlite3_trace(((SqliteConnection)connection).Handle, path is null ? null : new strdelegate_trace((_, sql) => statements.Enqueue((path, sql))), null);
    }

    private static void Unhook(DbConnection connection) => raw.sqlite3_trace(((SqliteConnection)connection).Handle, (strdelegate_trace?)null, null);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
