using System;
using System.IO;
using System.Net.Http;

namespace CodeGen.Runtime.Auth.Sts;

/// <summary>Turns what an STS (or SSO) call threw into a <see cref="CredentialsProviderException"/> naming the provider and why.</summary>
internal static class StsFailure
{
    /// <summary>Whether <paramref name="exception"/> is one <see cref="Wrap"/> explains.</summary>
    public static bool IsCallFailure(Exception exception) =>
        exception is ServiceException or HttpRequestException or IOException or TimeoutException or CredentialsProviderException;

    public static CredentialsProviderException Wrap(string provider, string call, Exception exception) => exception switch
    {
        // A source provider's own failure already names that provider.
        CredentialsProviderException source => new CredentialsProviderException(provider, "its source credentials failed: " + source.Message, source),
        ServiceException service => new CredentialsProviderException(provider, call + " failed: " + service.Message, service),
        TimeoutException => new CredentialsProviderException(provider, call + " timed out: " + exception.Message, exception),
        _ => new CredentialsProviderException(provider, call + " could not be sent: " + exception.Message, exception),
    };
}
