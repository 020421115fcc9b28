using FactCheck.Api.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Keys;

public static class AuthSetup
{
    public static IServiceCollection AddFactCheckAuth(this IServiceCollection services)
    {
        services.AddScoped<ApiKeyService>();
        services.AddSingleton<FailedKeyBudget>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.Reader)
                || context.Resource is HttpContext http && !http.RequestServices.GetRequiredService<IOptions<FactCheckOptions>>().Value.RequireKeyForReads))
            .AddPolicy(Policies.Edit, policy => policy.RequireRole(Roles.Editor))
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>
    /// Authentication, then: a key that was sent but is not valid is a 401 even where no key is needed (a silent
    /// downgrade to anonymous would hide the mistake), and counts against the caller's address; once the address has
    /// spent its <see cref="FailedKeyBudget"/>, its keys are refused (429) before any is looked up. A valid key's name
    /// becomes the author of the request's changes.
    /// </summary>
    public static WebApplication UseFactCheckAuthentication(this WebApplication app)
    {
        var budget = app.Services.GetRequiredService<FailedKeyBudget>();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers[ApiKeyAuthenticationHandler.Header].Count > 1)
            {
                // Which of several keys counts is for no proxy or server to guess: refuse rather than pick one.
                await RefuseSeveralKeysAsync(context);
                return;
            }
            if (ApiKeyAuthenticationHandler.CarriesKey(context.Request) && budget.Spent(context) is { } wait)
            {
                await Http.RateLimits.RefuseAsync(context, wait, "Too many requests with API keys that are not valid came from this address.");
                return;
            }
            await next(context);
        });
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            if (result.Failure is not null)
            {
                budget.CountFailure(context);
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }
            if (context.User.Identity is { IsAuthenticated: true, Name: { } name })
            {
                context.RequestServices.GetRequiredService<EditorContext>().Name = name;
            }
            await next(context);
        });
        return app;
    }

    private static async Task RefuseSeveralKeysAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = Http.ProblemTypes.MalformedRequest,
                Title = "Several API keys",
                Detail = $"Send one API key in one {ApiKeyAuthenticationHandler.Header} header; "
                    + $"this request has {context.Request.Headers[ApiKeyAuthenticationHandler.Header].Count}.",
            },
        });
    }

    /// <summary>Every endpoint of the group: reads need the read policy, anything else the edit policy.</summary>
    public static RouteGroupBuilder WithRoleChecks(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var readOnly = methods.Count > 0 && methods.All(m => m is "GET" or "HEAD");
            endpoint.Metadata.Add(new AuthorizeAttribute(readOnly ? Policies.Read : Policies.Edit));
            if (readOnly)
            {
                endpoint.FilterFactories.Add((_, next) => invocation => new Http.NotModifiedFilter().InvokeAsync(invocation, next));
            }
        });
        return group;
    }
}
