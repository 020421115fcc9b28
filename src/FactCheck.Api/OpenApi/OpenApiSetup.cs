using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace FactCheck.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddFactCheckOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "FactCheck API",
                Version = "v1",
                Description = "Track claims made by public figures, the rebuttals they drew, the evidence for and against them, "
                    + "and where each claim stands. Errors are RFC 9457 `application/problem+json` with a stable `type`; "
                    + "lists are cursor paged (`limit`, `cursor`, `nextCursor`, `Link: rel=\"next\"`).",
            });
            options.SupportNonNullableReferenceTypes();
            options.AddSecurityDefinition(SecurityOperationFilter.SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Keys.ApiKeyAuthenticationHandler.Header,
                Description = "An API key (`keys create` on the server's command line, or `POST /api/v1/keys` with an admin key). "
                    + "Reads are open unless the server requires keys for them; writes need an editor or admin key.",
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<ConditionalRequestsOperationFilter>();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "FactCheck.Api.xml"), includeControllerXmlComments: false);
            options.SchemaFilter<RequiredMembersSchemaFilter>();
            options.SchemaFilter<FixedKeysSchemaFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.SchemaFilter<FormatsExamplesSchemaFilter>();
            options.SchemaFilter<ValidationSchemaFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.SchemaFilter<NullableReferencesSchemaFilter>();
            options.MapType<System.Text.Json.Nodes.JsonNode>(AnyJsonSchema.Create);
            options.OperationFilter<ParametersOperationFilter>();
            options.OperationFilter<ValidationParametersOperationFilter>();
            options.OperationFilter<ResponseHeadersOperationFilter>();
            options.OperationFilter<LimitsOperationFilter>();
            options.OperationFilter<ServerErrorOperationFilter>();
            options.OperationFilter<IdempotencyOperationFilter>();
            options.OperationFilter<MergePatchOperationFilter>();
            options.OperationFilter<ImportBodyOperationFilter>();
            options.OperationFilter<MediaResponsesOperationFilter>();
            // Last: it gives an example to every problem response the filters above added.
            options.OperationFilter<ProblemExamplesOperationFilter>();
            options.DocumentFilter<TagsDocumentFilter>();
            options.OrderActionsBy(TagsDocumentFilter.SortKey);
        });
        return services;
    }

    public static WebApplication UseFactCheckOpenApi(this WebApplication app)
    {
        // The document is served even without Swagger UI: clients and the contract tests read it.
        var publicBaseUrl = app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value.PublicBaseUrl;
        app.UseSwagger(options =>
        {
            options.RouteTemplate = "openapi/{documentName}.json";
            options.PreSerializeFilters.Add((document, _) => document.Servers = [Server(publicBaseUrl)]);
        });
        if (!app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value.SwaggerUi)
        {
            return app; // /swagger and / then fall through to routing's 404 problem.
        }
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "FactCheck API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "FactCheck API";
            options.DisplayOperationId();
            options.EnableTryItOutByDefault();
            options.EnableDeepLinking();
            options.EnablePersistAuthorization();
        });
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The public address when one is configured; otherwise "/", which Swagger UI and clients resolve against the address
    /// the document was read from, so one document serves every host it is reached by. The paths carry /api/v1 themselves.
    /// </summary>
    private static OpenApiServer Server(string? publicBaseUrl) => new()
    {
        Url = publicBaseUrl is null ? "/" : publicBaseUrl.TrimEnd('/') + "/",
        Description = publicBaseUrl is null
            ? "This service, at the address this document was read from (local or production)."
            : "This service's public address (FactCheck:PublicBaseUrl; production).",
        // Every operation here is public API, for any caller; none is for internal use only.
        Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
    };
}
