using System;

namespace CodeGen.Runtime.Http;

/// <summary>An endpoint split once into the pieces every request URL is built from.</summary>
/// <param name="Scheme">The scheme with its separator, e.g. <c>https://</c>.</param>
/// <param name="Authority">Host, and port when not the scheme's default.</param>
/// <param name="BasePath">The endpoint's own path without a trailing slash (usually empty).</param>
internal sealed record EndpointParts(string Scheme, string Authority, string BasePath)
{
    /// <summary>
    /// The last request URI built for this endpoint. Many operations always send to the same URL
    /// (every awsJson call posts to "/"), and parsing a Uri costs more than comparing its text.
    /// </summary>
    public CachedUri? Last { get; set; }

    public static EndpointParts From(Uri endpoint) => new(
        endpoint.Scheme + "://",
        endpoint.IsDefaultPort ? endpoint.Host : endpoint.Host + ":" + endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        endpoint.AbsolutePath.TrimEnd('/'));
}

/// <summary>A built request URI and the host prefix and request target it was built from.</summary>
internal sealed record CachedUri(string HostPrefix, string Target, Uri Uri);
