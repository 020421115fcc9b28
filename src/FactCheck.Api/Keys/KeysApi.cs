using FactCheck.Api.Http;
using FactCheck.Api.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Keys;

public static class KeysApi
{
    public static RouteGroupBuilder MapKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/keys").WithTags("API keys").WithValidation().RequireAuthorization(Policies.Administer);

        group.MapPost("/", Create).WithName("CreateApiKey")
            .WithSummary("Create an API key")
            .WithDescription("Creates a key with a role (reader, editor or admin). The key is in this response only; only its hash is stored, and "
                + "with an `Idempotency-Key` this answer is not kept for replay either (a retry answers 409 `idempotency-answer-not-stored`). Admins only.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSecretInAnswer("If you did not receive the key, revoke it (DELETE the URL in Location) and create another.");
        group.MapGet("/", List).WithName("ListApiKeys")
            .WithSummary("List API keys")
            .WithDescription("Every key with its role, creation, last use (to the minute) and revocation; never the keys themselves. Admins only.");
        group.MapDelete("/{id:guid}", Revoke).WithName("RevokeApiKey")
            .WithSummary("Revoke an API key")
            .WithDescription("Revokes the key at once: requests with it answer 401 from now on. Keys are kept, revoked, so history can still name them. Admins only.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> Create(
        ApiKeyRequest request, ApiKeyService keys, EditorContext editor, CancellationToken cancellationToken)
    {
        if (await keys.NameTakenAsync(request.Name, cancellationToken))
        {
            return Problems.Conflict($"A key named '{request.Name}' already exists; names are unique because history records them.");
        }
        var (key, secret) = await keys.CreateAsync(request.Name, request.Role, editor.Name, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}", new CreatedApiKeyResponse(key.Id, key.Name, key.Role, secret, key.CreatedAt));
    }

    private static async Task<Ok<List<ApiKeyResponse>>> List(ApiKeyService keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(k => k.ToResponse()).ToList());

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> Revoke(Guid id, ApiKeyService keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id.ToString(), cancellationToken) is { } key
            ? TypedResults.Ok(key.ToResponse())
            : Problems.NotFound("API key", id);
}
