using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// The limits the committed contract states on what a client sends are the server's own: at a stated maximum the
/// server accepts, one past it the server answers a 400 naming the field. Read from openapi/v1.json, so a limit
/// added to the document (or to a validator) is tested without a new test.
/// </summary>
public sealed class ContractConstraintsTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly JsonObject Document = JsonNode.Parse(File.ReadAllText(Repository.OpenApiContract))!.AsObject();
    private readonly HttpClient client = app.CreateClient();

    /// <summary>Each POST whose body is a component with an example: (path with demo ids, schema name).</summary>
    private static IEnumerable<(string Path, string Schema)> CreatingOperations() =>
        from path in Document["paths"]!.AsObject()
        let post = path.Value!["post"]
        let reference = (string?)post?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]
        where reference is not null && Schema(reference)["example"] is not null
        select (WithDemoIds(path.Key), reference[(reference.LastIndexOf('/') + 1)..]);

    private static JsonObject Schema(string reference) =>
        Document["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!.AsObject();

    private static string WithDemoIds(string path) => path
        .Replace("{claimId}", DemoIds.TalksClaim.ToString(), StringComparison.Ordinal)
        .Replace("{id}", DemoIds.TalksClaim.ToString(), StringComparison.Ordinal);

    [Fact]
    public async Task Every_stated_maxLength_of_a_request_field_is_accepted_and_one_more_is_refused_naming_the_field()
    {
        var tested = 0;
        foreach (var (path, schemaName) in CreatingOperations())
        {
            var schema = Schema(schemaName);
            foreach (var (field, property) in schema["properties"]!.AsObject())
            {
                if (property?["maxLength"] is not { } max || (string?)property["type"] != "string"
                    || (property["pattern"] is { } pattern && (string?)pattern != @"\S") || property["format"] is { } format && (string?)format != "uri")
                {
                    continue; // patterned text (codes, tags) and ids have lengths of their own, tested with their rules
                }
                var isUri = (string?)property["format"] == "uri";
                var atMost = (int)max;

                var accepted = await PostAsync(path, schema, field, Text(atMost, isUri));
                Assert.True(accepted.IsSuccessStatusCode,
                    $"POST {path} with {field} of {atMost} characters: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
                var refused = await PostAsync(path, schema, field, Text(atMost + 1, isUri));
                await ProblemAssert.IsValidationProblemAsync(refused, field);
                tested++;
            }
        }
        Assert.True(tested >= 12, $"only {tested} fields with a maxLength were found");
    }

    [Fact]
    public async Task Every_stated_maxItems_of_a_request_list_is_refused_one_past_it_naming_the_field()
    {
        var tested = 0;
        foreach (var (path, schemaName) in CreatingOperations())
        {
            var schema = Schema(schemaName);
            foreach (var (field, property) in schema["properties"]!.AsObject())
            {
                if (property?["maxItems"] is not { } max)
                {
                    continue;
                }
                var items = property["items"]!;
                var list = new JsonArray([.. Enumerable.Range(0, (int)max + 1).Select(i => (JsonNode)JsonValue.Create(
                    (string?)items["format"] switch
                    {
                        "uri" => $"https://example.org/{i}",
                        "uuid" => Guid.CreateVersion7().ToString(),
                        _ => $"item {i}",
                    })!)]);
                await ProblemAssert.IsValidationProblemAsync(await PostAsync(path, schema, field, list), field);
                tested++;
            }
        }
        Assert.True(tested >= 3, $"only {tested} lists with a maxItems were found");
    }

    [Fact]
    public async Task Stated_integer_ranges_of_query_parameters_are_the_servers()
    {
        var tested = 0;
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            var parameters = item!["get"]?["parameters"]?.AsArray() ?? [];
            if (path.Contains('{', StringComparison.Ordinal) || parameters.Any(p => (bool?)p!["required"] == true))
            {
                continue;
            }
            foreach (var parameter in parameters.Where(p => (string?)p!["schema"]!["type"] == "integer"))
            {
                var name = (string)parameter!["name"]!;
                var (min, max) = ((int)parameter["schema"]!["minimum"]!, (int)parameter["schema"]!["maximum"]!);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}?{name}={min}")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}?{name}={max}")).StatusCode);
                await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"{path}?{name}={min - 1}"), name);
                await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"{path}?{name}={max + 1}"), name);
                tested++;
            }
        }
        Assert.True(tested >= 5, $"only {tested} integer parameters were found");
    }

    [Fact]
    public async Task Search_requires_q_as_the_contract_says()
    {
        var q = Document["paths"]!["/api/v1/search"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "q")!;
        Assert.True((bool?)q["required"]);

        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/search"), "q");
        var tooLong = new string('a', (int)q["schema"]!["maxLength"]! + 1);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/v1/search?q={tooLong}"), "q");
    }

    [Theory]
    [InlineData("actors", "ActorRequest")]
    [InlineData("sources", "SourceRequest")]
    [InlineData("claims", "ClaimRequest")]
    public async Task A_merge_patch_schema_has_the_full_bodys_fields_none_required_and_its_example_is_accepted(string resource, string requestSchema)
    {
        var operation = Document["paths"]![$"/api/v1/{resource}/{{id}}"]!["patch"]!;
        var content = operation["requestBody"]!["content"]!.AsObject();
        var reference = (string)content["application/merge-patch+json"]!["schema"]!["$ref"]!;
        Assert.Equal(reference, (string?)content["application/json"]!["schema"]!["$ref"]);
        var patch = Schema(reference);
        var full = Schema(requestSchema);

        Assert.Null(patch["required"]);
        Assert.Equal(full["properties"]!.AsObject().Select(p => p.Key), patch["properties"]!.AsObject().Select(p => p.Key));
        foreach (var required in full["required"]!.AsArray().Select(r => (string)r!))
        {
            // A required field may be changed, not cleared: the document says so (no nullable) and so does the server.
            Assert.NotEqual(true, (bool?)patch["properties"]![required]!["nullable"]);
        }

        var created = await CreateAsync(resource);
        var accepted = await PatchAsync($"/api/v1/{resource}/{created}", patch["example"]!.ToJsonString());
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        var firstRequired = full["required"]![0]!.GetValue<string>();
        var cleared = await PatchAsync($"/api/v1/{resource}/{created}", new JsonObject { [firstRequired] = null }.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, cleared.StatusCode);
        await ProblemAssert.IsValidationProblemAsync(cleared, firstRequired);
    }

    [Fact]
    public void Optional_parameters_have_no_example_Swagger_UI_would_send_and_example_ids_are_demo_records()
    {
        var demoIds = typeof(DemoIds).GetFields().Select(f => f.GetValue(null)!.ToString()).ToHashSet();
        var ids = new List<string>();
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    if ((bool?)parameter!["required"] != true)
                    {
                        Assert.True(parameter["example"] is null && parameter["schema"]?["default"] is null,
                            $"{path} {parameter["name"]} is optional but Swagger UI would send its example");
                    }
                    if ((string?)parameter["schema"]?["format"] == "uuid" && parameter["example"] is { } example)
                    {
                        ids.Add((string)example!);
                    }
                }
            }
        }
        foreach (var (_, operation) in CreatingOperations())
        {
            var example = Schema(operation)["example"]!.ToJsonString();
            ids.AddRange(System.Text.RegularExpressions.Regex.Matches(example, "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}").Select(m => m.Value));
        }
        Assert.True(ids.Count >= 10, $"only {ids.Count} example ids were found");
        Assert.All(ids, id => Assert.Contains(id, demoIds));
    }

    [Theory]
    [InlineData("\"1\"", true)]
    [InlineData("W/\"1\"", true)]
    [InlineData("*", true)]
    [InlineData("\"9\", \"1\"", true)]
    [InlineData("1", false)]
    [InlineData("\"1", false)]
    [InlineData("W/1", false)]
    public async Task The_stated_If_Match_syntax_is_what_the_server_reads(string ifMatch, bool wellFormed)
    {
        var parameter = Document["paths"]!["/api/v1/actors/{id}"]!["patch"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "If-Match")!;
        var pattern = (string)parameter["schema"]!["pattern"]!;
        Assert.Equal(wellFormed, System.Text.RegularExpressions.Regex.IsMatch(ifMatch, pattern));

        var actor = await client.CreateActorAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/actors/{ApiClient.Id(actor)}")
        {
            Content = new StringContent("""{"title": "Minister"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(wellFormed, !text.Contains("not a list of entity tags", StringComparison.Ordinal));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, text);
        if (!wellFormed)
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
            Assert.Contains("If-Match", (string?)problem["detail"], StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string path, JsonObject schema, string field, JsonNode value)
    {
        var body = schema["example"]!.DeepClone().AsObject();
        foreach (var (name, property) in schema["properties"]!.AsObject())
        {
            if ((string?)property?["format"] == "uri" && body[name] is JsonValue)
            {
                body[name] = $"https://example.org/{Guid.NewGuid():N}"; // some URLs are unique: each request its own
            }
        }
        body[field] = value;
        return await client.PostAsJsonAsync(path, body);
    }

    private async Task<string> CreateAsync(string resource) => resource switch
    {
        "actors" => ApiClient.Id(await client.CreateActorAsync()),
        "sources" => ApiClient.Id(await client.CreateSourceAsync()),
        _ => ApiClient.Id(await client.CreateClaimAsync(claimantId: DemoIds.Shoigu.ToString())),
    };

    private Task<HttpResponseMessage> PatchAsync(string path, string json) =>
        client.PatchAsync(path, new StringContent(json, Encoding.UTF8, "application/merge-patch+json"));

    /// <summary>Text of exactly <paramref name="length"/> characters, unique (some fields are), a URL when asked.</summary>
    private static string Text(int length, bool uri)
    {
        var start = uri ? $"https://example.org/{Guid.NewGuid():N}/" : $"{Guid.NewGuid():N} ";
        return (start + new string('a', length))[..length];
    }
}
