namespace FactCheck.Api.OpenApi;

/// <summary>The syntax of the request headers the service reads, as the document states it.</summary>
internal static class HeaderSyntax
{
    /// <summary>
    /// RFC 9110 If-Match / If-None-Match: `*`, or a comma-separated list of entity tags, each quoted and optionally
    /// weak (`W/"…"`). A value that is not such a list is refused (412 for If-Match).
    /// </summary>
    public const string EntityTagList = """^(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)$""";

    /// <summary>Any text without control characters: the service refuses a header value holding one (400).</summary>
    public const string NoControlCharacters = @"^[^\u0000-\u001F\u007F]*$";

    /// <summary>No header can be longer than all header fields together (FactCheck:Limits:MaxRequestHeadersLength, by default).</summary>
    public const int MaxLength = 32 * 1024;
}
