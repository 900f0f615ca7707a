using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Auth;

/// <summary>No provider of the chain had credentials; the message lists each one tried and why it had none.</summary>
public sealed class CredentialsNotFoundException : CredentialsProviderException
{
    /// <summary>Creates the exception with a message of its own.</summary>
    public CredentialsNotFoundException(string message)
        : base("credentials", message)
    {
        Tried = Array.Empty<string>();
    }

    /// <summary>Creates the exception listing what was tried, one entry per provider ("environment: AWS_ACCESS_KEY_ID is not set").</summary>
    public CredentialsNotFoundException(IReadOnlyList<string> tried, Exception? innerException = null)
        : base("credentials", "No AWS credentials found. Tried, in order:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", tried)
            + Environment.NewLine + "Set ClientOptions.Credentials, or configure one of these (docs/client.md lists the chain).", innerException)
    {
        Tried = tried;
    }

    /// <summary>Each provider tried, with why it had no credentials.</summary>
    public IReadOnlyList<string> Tried { get; }
}
