using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Soak;

/// <summary>One answer: status 0 when none came (the server was killed, the connection refused).</summary>
internal sealed record Answer(int Status, JsonNode? Body, string? Location, string? ETag)
{
    public bool Created => Status == 201 && Location is not null;
}

/// <summary>HTTP against the server with up to <c>connections</c> sockets, every answer tallied under an operation name.</summary>
internal sealed class SoakClient(string baseUrl, string editorKey, int connections, Tally tally) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    private int inFlight;

    public Tally Tally { get; set; } = tally;

    /// <summary>Requests sent and not yet answered: at a kill, the writes whose fate the client cannot know.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public string BaseUrl => baseUrl;

    public Task<Answer> GetAsync(string operation, string path, string? ifNoneMatch = null) =>
        SendAsync(operation, HttpMethod.Get, path, null, editor: false, ifNoneMatch: ifNoneMatch);

    public Task<Answer> WriteAsync(string operation, HttpMethod method, string path, object? body, string? ifMatch = null, string contentType = "application/json") =>
        SendAsync(operation, method, path, body, editor: true, ifMatch: ifMatch, contentType: contentType);

    /// <summary>Reads as an editor, who still sees deleted records (for the history of a deleted claim, say).</summary>
    public Task<Answer> EditorGetAsync(string operation, string path) => SendAsync(operation, HttpMethod.Get, path, null, editor: true);

    private async Task<Answer> SendAsync(string operation, HttpMethod method, string path, object? body, bool editor,
        string? ifMatch = null, string? ifNoneMatch = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (editor)
        {
            request.Headers.Add("X-Api-Key", editorKey);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json.Options), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        var watch = Stopwatch.StartNew();
        Interlocked.Increment(ref inFlight);
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Tally.Add(operation, status, watch.Elapsed.TotalMilliseconds, method.Method, path);
            var json = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
                ? JsonNode.Parse(text)
                : null;
            return new Answer(status, json, response.Headers.Location?.ToString(), response.Headers.ETag?.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Tally.Add(operation, 0, watch.Elapsed.TotalMilliseconds, method.Method, path);
            return new Answer(0, null, null, null);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public void Dispose() => http.Dispose();
}

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Guid Id(this Answer answer) => Guid.Parse(answer.Body!["id"]!.GetValue<string>());

    public static HttpStatusCode Code(this Answer answer) => (HttpStatusCode)answer.Status;
}
