using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Search;

internal static class SqliteCommands
{
    /// <summary>A command on an open connection, every value a parameter.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params IEnumerable<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
