using System.Net.Sockets;
using System.Text;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>An HTTP/1.1 answer as it came over the wire: status, headers (names in lower case) and the decoded body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}

/// <summary>
/// Speaks HTTP/1.1 over a socket, for requests HttpClient refuses to send (bytes outside ASCII in a header, a header line
/// split in two) and to see exactly what the server answers. The request should say "Connection: close".
/// </summary>
public static class RawHttp
{
    public static byte[] Request(string head) => Encoding.Latin1.GetBytes(head.ReplaceLineEndings("\r\n") + "\r\n");

    public static async Task<RawResponse> SendAsync(Uri server, byte[] request)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read the whole request; the answer is still there to read.
        }
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer (the server closed with our unread bytes pending) ends the read like a close.
        }
        return Parse(received.ToArray());
    }

    private static RawResponse Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No complete HTTP answer: '{text}'");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(end + 4)..];
        if (headers.GetValueOrDefault("transfer-encoding") == "chunked")
        {
            body = Unchunk(body);
        }
        return new RawResponse(status, headers, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[position..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                return body.ToString();
            }
            body.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
