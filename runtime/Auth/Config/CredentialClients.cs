using System;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>Options of the clients credentials providers call AWS with (STS, SSO, SSO OIDC).</summary>
internal static class CredentialClients
{
    /// <param name="context">The providers' shared settings.</param>
    /// <param name="serviceKey">The service's key in the endpoint settings (<c>sts</c>, <c>sso</c>, <c>sso_oidc</c>).</param>
    /// <param name="region">The region to sign for and to build the default endpoint from.</param>
    /// <param name="defaultEndpoint">The endpoint when none is configured; null for the generated clients' own.</param>
    /// <param name="credentials">Signs the calls; null for clients that make unsigned calls only.</param>
    public static T Options<T>(CredentialsContext context, string serviceKey, string region, Uri? defaultEndpoint, IAwsCredentialsProvider? credentials)
        where T : ClientOptions, new() => new()
        {
            Region = region,
            Endpoint = ConfiguredEndpoint.Resolve(serviceKey, context.Environment, context.Files) ?? defaultEndpoint,
            Credentials = credentials ?? UnsignedOnly.Instance,
            HttpClient = context.Http,
            TimeProvider = context.Time,
            // Each attempt is bounded, so a refresh that everyone waits for cannot hang.
            AttemptTimeout = context.CallAttemptTimeout,
        };
}
