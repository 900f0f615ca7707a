using System;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// A credentials provider was configured but could not supply credentials. The message starts with the
/// provider (for example <c>SSO (profile 'dev')</c>) and says why; it never contains a secret.
/// </summary>
public class CredentialsProviderException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="provider"/>.</summary>
    /// <param name="provider">Which provider failed, as shown to the user.</param>
    /// <param name="reason">Why, without secrets.</param>
    /// <param name="innerException">The underlying failure (an HTTP error, a service exception, ...).</param>
    public CredentialsProviderException(string provider, string reason, Exception? innerException = null)
        : base(provider + ": " + reason, innerException)
    {
        Provider = provider;
        Reason = reason;
    }

    /// <summary>The provider that failed.</summary>
    public string Provider { get; }

    /// <summary>Why it failed.</summary>
    public string Reason { get; }
}
