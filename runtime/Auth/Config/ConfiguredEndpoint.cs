using System;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// The AWS SDKs' service-specific endpoint settings, in their order: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// <c>AWS_ENDPOINT_URL</c>, the profile's <c>services</c> section (<c>&lt;service&gt; = </c> / <c>endpoint_url</c>),
/// then the profile's <c>endpoint_url</c>; none of them when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> or the
/// profile's <c>ignore_configured_endpoint_urls</c> is true.
/// </summary>
internal static class ConfiguredEndpoint
{
    /// <param name="serviceKey">The service's key in the settings: <c>sts</c>, <c>sso</c>, <c>sso_oidc</c> (its service id in snake case).</param>
    /// <param name="environment">Reads environment variables.</param>
    /// <param name="files">The shared files, with the selected profile.</param>
    public static Uri? Resolve(string serviceKey, Func<string, string?> environment, SharedConfigFiles files)
    {
        if (IsTrue(environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? files.Get("ignore_configured_endpoint_urls")))
        {
            return null;
        }

        var services = files.Get("services");
        var value = SharedConfigFiles.NonEmpty(environment("AWS_ENDPOINT_URL_" + serviceKey.ToUpperInvariant()))
            ?? SharedConfigFiles.NonEmpty(environment("AWS_ENDPOINT_URL"))
            ?? (services is null ? null : files.GetServicesValue(services, serviceKey, "endpoint_url"))
            ?? files.Get("endpoint_url");
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CredentialsProviderException("endpoint settings", "the configured endpoint for " + serviceKey + " is not an http(s) URL: '" + value + "'.");
    }

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
