using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>States on each request body schema the rules its FluentValidation validator enforces (see ValidationConstraints).</summary>
internal sealed class ValidationSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }
        using var scope = scopes.CreateScope();
        if (ValidationConstraints.DescriptorOf(scope.ServiceProvider, context.Type) is not { } descriptor)
        {
            return;
        }
        foreach (var member in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wireName = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            if (properties.TryGetValue(wireName, out var property) && property is OpenApiSchema concrete)
            {
                ValidationConstraints.Apply(descriptor, member.Name, wireName, concrete);
            }
        }
        // Rules on a nested record's fields, named "publisher.name": stated on the nested record's own schema.
        foreach (var path in descriptor.GetMembersWithValidators().Select(g => g.Key).Where(k => k.Contains('.', StringComparison.Ordinal)))
        {
            var (outer, inner) = (path[..path.IndexOf('.', StringComparison.Ordinal)], path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            if (properties.TryGetValue(outer, out var property) && property is OpenApiSchemaReference { Reference.Id: { } id }
                && context.SchemaRepository.Schemas.TryGetValue(id, out var target) && target is OpenApiSchema { Properties: { } nested }
                && nested.TryGetValue(inner, out var field) && field is OpenApiSchema concreteField)
            {
                ValidationConstraints.Apply(descriptor, path, path, concreteField);
            }
        }
    }
}
