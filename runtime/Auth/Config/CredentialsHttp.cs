using System;
using System.Net.Http;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// The HttpClients credentials providers share for the life of the process, so that many clients and
/// refreshes reuse connections. Metadata endpoints (IMDS, the container endpoint) are link-local or
/// loopback addresses a proxy must never see.
/// </summary>
internal static class CredentialsHttp
{
    private static readonly Lazy<HttpClient> s_default = new(() => Create(useProxy: true));
    private static readonly Lazy<HttpClient> s_metadata = new(() => Create(useProxy: false));

    /// <summary>For STS and SSO.</summary>
    public static HttpClient Default => s_default.Value;

    /// <summary>For IMDS and the container endpoint: no proxy.</summary>
    public static HttpClient Metadata => s_metadata.Value;

    private static HttpClient Create(bool useProxy) =>
        new(new SocketsHttpHandler { UseProxy = useProxy, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each caller bounds its own requests; the client never cuts them short.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
}
