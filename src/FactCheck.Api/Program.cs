using FactCheck.Api;
using FactCheck.Api.Actors;
using FactCheck.Api.Benchmarking;
using FactCheck.Api.ClaimReview;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.Exports;
using FactCheck.Api.History;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Importing;
using FactCheck.Api.Http;
using FactCheck.Api.Keys;
using FactCheck.Api.Matching;
using FactCheck.Api.OpenApi;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Search;
using FactCheck.Api.Reviews;
using FactCheck.Api.Sources;
using FactCheck.Api.Stats;
using FactCheck.Api.StatusChanges;

var command = args is ["keys", ..] or ["import", ..] or ["export", ..];
var builder = WebApplication.CreateBuilder(args);
if (command)
{
    builder.QuietForCommandLine();
}

builder.Services.AddOptions<FactCheckOptions>().Bind(builder.Configuration.GetSection(FactCheckOptions.Section));
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddFactCheckProblemDetails();
builder.Services.AddFactCheckValidation();
builder.Services.AddFactCheckData();
builder.Services.AddFactCheckAuth();
builder.Services.AddSingleton<CursorKey>();
builder.Services.AddSingleton<CursorCodec>();
builder.Services.AddFactCheckPublicUrls();
builder.Services.AddFactCheckRequestEdges();
builder.Services.AddFactCheckOpenApi();
builder.Services.AddFactCheckBodyLimits();
builder.Services.AddFactCheckRateLimits();
builder.Services.AddFactCheckFormats(builder.Configuration);
builder.Services.AddFactCheckImports();
builder.Services.AddFactCheckMatching();

var app = builder.Build();

app.UseFactCheckSecurityHeaders();
app.UseFactCheckProblemDetails();
app.UseFactCheckRequestEdges();
app.UseFactCheckBodyLimits();
app.UseFactCheckOpenApi();
app.UseFactCheckAuthentication();
// After authentication: limits count per API key, so the caller must be known.
app.UseFactCheckRateLimits();
app.UseAuthorization();
// Idempotency keys belong to the caller's API key, and refused (401/403) requests should not claim one.
app.UseFactCheckIdempotency();

var api = app.MapGroup("").WithRoleChecks();
api.MapClaims();
api.MapRebuttals();
api.MapEvidence();
api.MapEvidenceStatus();
api.MapReviews();
api.MapRatingMappings();
api.MapClaimReview();
api.MapImports();
api.MapExports();
api.MapHistory();
api.MapSearch();
api.MapStats();
api.MapActors();
api.MapSources();
api.MapKeys();
api.MapBenchmarkYardsticks();

if (!command)
{
    // The command line publishes nothing, so it needs none of the settings a server must have.
    app.CheckSettings();
}
await app.InitializeDatabaseAsync();
if (command)
{
    return args[0] == "keys"
        ? await KeysCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error)
        : await FormatsCommand.RunAsync(app.Services, args, Console.Out, Console.Error, progressBar: !Console.IsErrorRedirected);
}
app.AnnounceSwaggerUi();
await app.RunAsync();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
