using FactCheck.Api.Tests.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests;

public sealed class ValidatorCoverageTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    /// <summary>Every request body and every [AsParameters] query of every endpoint has a FluentValidation validator.</summary>
    [Fact]
    public void Every_body_and_query_model_has_a_validator()
    {
        using var scope = app.Services.CreateScope();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var models = endpoints.SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>()).Select(a => a.RequestType).OfType<Type>()
            .Concat(endpoints.SelectMany(e => e.Metadata.OfType<System.Reflection.MethodInfo>())
                .SelectMany(m => m.GetParameters())
                .Where(p => p.GetCustomAttributes(typeof(AsParametersAttribute), false).Length > 0)
                .Select(p => p.ParameterType))
            .Distinct().ToList();

        Assert.True(models.Count >= 10, $"only {models.Count} models found");
        Assert.All(models, t => Assert.True(scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) is not null, $"{t.Name} has no validator"));
    }
}
