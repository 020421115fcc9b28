using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FactCheck.Api.Http;

/// <summary>
/// Makes every error an application/problem+json body: handler results, exceptions, and the bare status codes
/// that routing and model binding produce (404, 405, 415). Each carries a stable type and the trace id.
/// </summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddFactCheckProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = status == 400 && problem is HttpValidationProblemDetails
                    ? ProblemTypes.Validation
                    : ProblemTypes.ForStatus(status);
            }
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (status == 405 && string.IsNullOrEmpty(problem.Detail))
            {
                problem.Detail = $"The method {context.HttpContext.Request.Method} is not allowed on this resource.";
            }
            if (status == 415 && string.IsNullOrEmpty(problem.Detail))
            {
                var accepted = HttpMethods.IsPatch(context.HttpContext.Request.Method) ? "application/merge-patch+json or application/json" : "application/json";
                problem.Detail = $"The request body must be sent as {accepted}, not '{context.HttpContext.Request.ContentType ?? "(none)"}'.";
            }
            if (status == 413 && string.IsNullOrEmpty(problem.Detail))
            {
                // JSON body binding catches the 413 that LimitedReadStream (or Kestrel) throws and answers a bare status.
                var tooLarge = BadRequestProblems.TooLarge(context.HttpContext);
                problem.Title = tooLarge.Title;
                problem.Detail = tooLarge.Detail;
            }
            if (status == 404 && string.IsNullOrEmpty(problem.Detail) && context.HttpContext.GetEndpoint() is null)
            {
                problem.Detail = "No resource matches this path.";
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Minimal APIs answer bad bodies with a bare 400 unless told to throw; the handler turns the exception into a problem.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseFactCheckProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    internal static bool ResponseHasStarted(HttpContext context) =>
        context.Response.HasStarted || context.Features.Get<IHttpResponseFeature>()?.HasStarted == true;
}
