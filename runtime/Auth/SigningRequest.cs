using System.Collections.Generic;

namespace CodeGen.Runtime.Auth;

/// <summary>The parts of a request SigV4 signs.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent on the wire (already percent-encoded once); signing encodes it again, as non-S3 services require.</param>
/// <param name="Query">The query as sent, without '?'.</param>
/// <param name="Headers">The headers to sign, including Host.</param>
public sealed record SigningRequest(string Method, string Path, string Query, IReadOnlyList<KeyValuePair<string, string>> Headers);
