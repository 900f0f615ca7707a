using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// Credentials printed by an external command, a profile's <c>credential_process</c>: JSON with
/// <c>Version</c> 1, <c>AccessKeyId</c>, <c>SecretAccessKey</c>, and optionally <c>SessionToken</c>,
/// <c>Expiration</c> and <c>AccountId</c>. Credentials with an expiry are refreshed by running the command
/// again ahead of it; without one they are kept.
/// </summary>
/// <remarks>
/// The command line is split like a POSIX shell would (quotes, backslash escapes; on Windows backslashes
/// are path separators) and run directly, not through a shell. It may run for
/// <see cref="CredentialsProviderOptions.CredentialProcessTimeout"/>; then it is stopped. A non-zero exit
/// reports the command's standard error; its standard output (the secrets) never reaches an exception.
/// </remarks>
public sealed class ProcessCredentialsProvider : RefreshingCredentialsProvider
{
    private const int MaxStderr = 2048;
    private readonly string _command;
    private readonly string? _accountId;

    /// <summary>Runs <paramref name="command"/> for credentials.</summary>
    public ProcessCredentialsProvider(string command, CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options), "credential_process", command, accountId: null)
    {
    }

    internal ProcessCredentialsProvider(CredentialsContext context, string provider, string command, string? accountId)
        : base(context, provider)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            throw new ArgumentException("The command is empty.", nameof(command));
        }

        _command = command;
        _accountId = accountId;
    }

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        var arguments = CommandLine.Split(_command, OperatingSystem.IsWindows());
        if (arguments.Count == 0)
        {
            throw new CredentialsProviderException(Provider, "the command is empty.");
        }

        var start = new ProcessStartInfo(arguments[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        for (var i = 1; i < arguments.Count; i++)
        {
            start.ArgumentList.Add(arguments[i]);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            throw new CredentialsProviderException(Provider, "cannot start '" + arguments[0] + "': " + ex.Message, ex);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Context.Options.CredentialProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new CredentialsProviderException(Provider, "'" + arguments[0] + "' did not finish within " + Context.Options.CredentialProcessTimeout + " and was stopped.");
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = (await stderr.ConfigureAwait(false)).Trim();
        if (process.ExitCode != 0)
        {
            throw new CredentialsProviderException(Provider, "'" + arguments[0] + "' exited with code " + process.ExitCode
                + (errors.Length == 0 ? " and wrote nothing to standard error." : ": " + (errors.Length > MaxStderr ? errors.Substring(0, MaxStderr) + "..." : errors)));
        }

        return CredentialsJson.ParseProcess(output, Provider, _accountId);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }
}
