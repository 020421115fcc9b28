using FactCheck.Api;
using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.History;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Http;
using FactCheck.Api.OpenApi;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Sources;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<FactCheckOptions>().Bind(builder.Configuration.GetSection(FactCheckOptions.Section));
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddFactCheckProblemDetails();
builder.Services.AddFactCheckValidation();
builder.Services.AddFactCheckData();
builder.Services.AddSingleton<CursorCodec>();
builder.Services.AddFactCheckOpenApi();

var app = builder.Build();

app.UseFactCheckProblemDetails();
// Idempotency scopes keys by API key, so it must come after UseAuthentication() (and before the endpoints run).
app.UseFactCheckIdempotency();
app.UseFactCheckOpenApi();
app.MapActors();
app.MapSources();
app.MapClaims();
app.MapRebuttals();
app.MapEvidence();
app.MapEvidenceStatus();
app.MapHistory();

await app.InitializeDatabaseAsync();
app.AnnounceSwaggerUi();
await app.RunAsync();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
