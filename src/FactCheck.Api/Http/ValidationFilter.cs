using FluentValidation;
using FluentValidation.Results;

namespace FactCheck.Api.Http;

/// <summary>
/// Runs the FluentValidation validator of every handler argument that has one (bodies and [AsParameters] queries)
/// and answers 400 problem+json with the field errors before the handler runs.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        List<ValidationFailure>? failures = null;
        foreach (var argument in context.Arguments)
        {
            if (argument is null || services.GetService(ValidatorTypes.GetOrAdd(argument.GetType(), t => typeof(IValidator<>).MakeGenericType(t))) is not IValidator validator)
            {
                continue;
            }
            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }
        if (failures is null)
        {
            return await next(context);
        }
        var errors = failures
            .GroupBy(f => f.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors,
            title: "One or more fields are invalid.",
            detail: "See 'errors' for each field at fault.",
            type: ProblemTypes.Validation);
    }
}

public static class ValidationSetup
{
    public static IServiceCollection AddFactCheckValidation(this IServiceCollection services)
    {
        // Field names in errors are the JSON names ("claimantId", "links[0]"), not the C# ones.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is null ? expression?.ToString() : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.LanguageManager.Enabled = false; // English messages, whatever the server's culture.
        // Validators keep no state (their only dependency, CursorCodec, is a singleton): build each once, not per request.
        services.AddValidatorsFromAssemblyContaining<ValidationFilter>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>Validation for every endpoint of the group, documented as a 400 validation problem.</summary>
    public static RouteGroupBuilder WithValidation(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<ValidationFilter>();
        group.ProducesValidationProblem();
        return group;
    }
}
