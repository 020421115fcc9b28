using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// States on each query parameter the rules the validator of its [AsParameters] model enforces (see ValidationConstraints),
/// and on path parameters and other plain parameters the bounds their format implies.
/// </summary>
internal sealed class ValidationParametersOperationFilter(IServiceScopeFactory scopes) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var parameters = (operation.Parameters ?? []).OfType<OpenApiParameter>().ToList();
        using var scope = scopes.CreateScope();
        var models = context.MethodInfo?.GetParameters()
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .Select(p => p.ParameterType) ?? [];
        foreach (var model in models)
        {
            if (ValidationConstraints.DescriptorOf(scope.ServiceProvider, model) is not { } descriptor)
            {
                continue;
            }
            foreach (var member in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var wireName = WireName(model, member);
                if (parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == wireName)?.Schema is OpenApiSchema schema)
                {
                    ValidationConstraints.Apply(descriptor, member.Name, wireName, schema);
                }
            }
        }
        foreach (var parameter in parameters)
        {
            if (parameter.Schema is OpenApiSchema schema)
            {
                ValidationConstraints.StateFormatBounds(schema);
            }
        }
    }

    /// <summary>The name in the query string: [FromQuery(Name)] on the record's constructor parameter or property, else camelCase.</summary>
    private static string WireName(Type model, PropertyInfo member)
    {
        var fromQuery = member.GetCustomAttribute<FromQueryAttribute>()
            ?? model.GetConstructors().SelectMany(c => c.GetParameters())
                .FirstOrDefault(p => p.Name == member.Name)?.GetCustomAttribute<FromQueryAttribute>();
        return fromQuery?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
