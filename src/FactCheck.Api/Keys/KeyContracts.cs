using FactCheck.Api.Common;
using FluentValidation;

namespace FactCheck.Api.Keys;

/// <param name="Name">A unique name; it is recorded as the author of every change made with the key.</param>
/// <param name="Role">reader, editor or admin.</param>
public sealed record ApiKeyRequest(string Name, ApiKeyRole Role);

/// <param name="Prefix">The first characters of the key, to tell keys apart; never the whole key.</param>
public sealed record ApiKeyResponse(Guid Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, string CreatedBy, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <param name="Key">The key itself. Shown only in this response: store it now, it cannot be read again.</param>
public sealed record CreatedApiKeyResponse(Guid Id, string Name, ApiKeyRole Role, string Key, DateTime CreatedAt);

public static class KeyMapping
{
    public static ApiKeyResponse ToResponse(this ApiKey k) => new(k.Id, k.Name, k.Role, k.Prefix, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt);
}

internal sealed class ApiKeyRequestValidator : AbstractValidator<ApiKeyRequest>
{
    public ApiKeyRequestValidator()
    {
        RuleFor(r => r.Name).Text(100).Matches("^[A-Za-z0-9][A-Za-z0-9 ._@-]*$")
            .WithMessage("'name' may use letters, digits, spaces and . _ @ -, starting with a letter or digit.");
        RuleFor(r => r.Role).IsInEnum();
    }
}
