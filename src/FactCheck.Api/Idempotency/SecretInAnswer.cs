namespace FactCheck.Api.Idempotency;

/// <summary>
/// Endpoint metadata: a success of this endpoint carries a secret (a new API key) that may be shown once and must never
/// be stored. The idempotency middleware keeps only that the request succeeded and where (its <c>Location</c>), so a
/// retry with the same <c>Idempotency-Key</c> writes nothing twice and reveals nothing: it answers a 409
/// <c>idempotency-answer-not-stored</c> problem with <see cref="LostAnswerAdvice"/>. Refusals (400, 422) hold no secret
/// and are stored and replayed as usual.
/// </summary>
/// <param name="LostAnswerAdvice">What a client that lost the first answer should do, in a sentence.</param>
public sealed record SecretInAnswer(string LostAnswerAdvice);

public static class SecretInAnswerExtensions
{
    public static RouteHandlerBuilder WithSecretInAnswer(this RouteHandlerBuilder builder, string lostAnswerAdvice) =>
        builder.WithMetadata(new SecretInAnswer(lostAnswerAdvice));
}
