using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Marks as required exactly what the JSON reader requires: record constructor parameters without a default
/// (RespectRequiredConstructorParameters). Responses are records too, and always write every field.
/// </summary>
internal sealed class RequiredMembersSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }
        var constructor = context.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null || !context.Type.Namespace!.StartsWith("FactCheck.Api", StringComparison.Ordinal))
        {
            return;
        }
        concrete.Required ??= new HashSet<string>();
        foreach (var parameter in constructor.GetParameters().Where(p => !p.HasDefaultValue))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (concrete.Properties.ContainsKey(name))
            {
                concrete.Required.Add(name);
            }
        }
    }
}
