using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// A member that is another schema (<c>$ref</c>) and may be null, such as an import job's <c>report</c> before it
/// finishes. OpenAPI 3.0 ignores <c>nullable</c> beside a <c>$ref</c>, so the reference is wrapped:
/// <c>type, allOf: [$ref], nullable: true</c> (the type being the referenced schema's), which validators and client generators read as "this, or null".
/// </summary>
internal sealed class NullableReferencesSchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.MemberInfo is not null || context.ParameterInfo is not null
            || context.Type.Namespace?.StartsWith("FactCheck.Api", StringComparison.Ordinal) != true)
        {
            return;
        }
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (concrete.Properties.TryGetValue(name, out var member) && member is OpenApiSchemaReference reference
                && Nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                concrete.Properties[name] = new OpenApiSchema
                {
                    AllOf = [reference],
                    // OpenAPI 3.0 reads nullable only beside a type: the referenced schema's own (an enum's is string).
                    Type = (context.SchemaRepository.Schemas.TryGetValue(reference.Reference.Id!, out var target) ? target.Type : null)
                        .GetValueOrDefault(JsonSchemaType.Object) | JsonSchemaType.Null,
                    Description = reference.Description,
                };
            }
        }
    }
}
