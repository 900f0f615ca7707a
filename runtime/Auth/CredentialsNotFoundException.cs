using System;

namespace CodeGen.Runtime.Auth;

/// <summary>No credentials could be found; the message lists where the runtime looked.</summary>
public sealed class CredentialsNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public CredentialsNotFoundException(string message)
        : base(message)
    {
    }
}
