using System.Collections.Generic;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>A request as the server received it: the raw target (path and query exactly as sent), headers and body.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
