using FactCheck.Api.Common;

namespace FactCheck.Api.Keys;

/// <summary>
/// <c>keys create --name NAME --role ROLE</c>, <c>keys list</c>, <c>keys revoke ID|NAME</c>: key management for whoever
/// can reach the database file, which is how the first admin key is made without any key.
/// </summary>
public static class KeysCommand
{
    public const string Usage = "usage: keys create --name NAME --role reader|editor|admin | keys list | keys revoke ID|NAME";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        scope.ServiceProvider.GetRequiredService<Data.EditorContext>().Name = "command-line";
        switch (args)
        {
            case ["create", ..]:
                var name = Option(args, "--name");
                var role = Option(args, "--role") ?? "reader";
                if (name is null || !Vocabulary.TryParse<ApiKeyRole>(role, out var parsed))
                {
                    await error.WriteLineAsync(Usage);
                    return 2;
                }
                if (await keys.NameTakenAsync(name, CancellationToken.None))
                {
                    await error.WriteLineAsync($"A key named '{name}' already exists.");
                    return 1;
                }
                var (_, secret) = await keys.CreateAsync(name, parsed, "command-line");
                await error.WriteLineAsync($"Created {role} key '{name}'. It is shown once, below; only its hash is stored.");
                await output.WriteLineAsync(secret);
                return 0;
            case ["list"]:
                foreach (var key in await keys.ListAsync(CancellationToken.None))
                {
                    await output.WriteLineAsync($"{key.Id}  {key.Name,-24} {key.Role.ToWire(),-7} {key.Prefix}…  created {key.CreatedAt:u}"
                        + (key.RevokedAt is { } revoked ? $"  revoked {revoked:u}" : ""));
                }
                return 0;
            case ["revoke", var which]:
                if (await keys.RevokeAsync(which, CancellationToken.None) is null)
                {
                    await error.WriteLineAsync($"No key has the id or name '{which}'.");
                    return 1;
                }
                await error.WriteLineAsync($"Revoked '{which}'.");
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
