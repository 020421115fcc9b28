using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FactCheck.Api.Data;

/// <summary>
/// Turns on <c>PRAGMA secure_delete</c> for every connection the service opens: SQLite then overwrites deleted and
/// replaced content, and freed pages, with zeros instead of leaving it in the file. Without it a purged claim's text (or
/// an edited statement's earlier wording) would survive in free space. The setting belongs to the connection, not the file.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public static readonly SqliteSecureDelete Instance = new();

    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
