using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary><c>credential_process</c>: real processes (a POSIX shell script), the JSON v1 output, expiry, failures and the time limit.</summary>
public sealed class ProcessCredentialsTests : IDisposable
{
    private readonly TempAwsHome _home = new();
    private readonly string _script;
    private readonly string _counter;

    public ProcessCredentialsTests()
    {
        // Prints credentials numbered by how often it ran; the expiry comes from its second argument.
        Directory.CreateDirectory(Path.Combine(_home.Root, "tool dir"));
        _script = Path.Combine(_home.Root, "tool dir", "creds.sh");
        _counter = Path.Combine(_home.Root, "runs");
        File.WriteAllText(_script, """
            n=$(cat "$1" 2>/dev/null || echo 0)
            n=$((n+1))
            echo $n > "$1"
            if [ -n "$2" ]; then expiry=",\"Expiration\":\"$2\""; fi
            printf '{"Version":1,"AccessKeyId":"AKIDPROC%s","SecretAccessKey":"proc-secret","SessionToken":"proc-token"%s}' "$n" "$expiry"
            """);
    }

    public void Dispose() => _home.Dispose();

    private int Runs => File.Exists(_counter) ? int.Parse(File.ReadAllText(_counter).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private ProcessCredentialsProvider Provider(string command, TimeSpan? timeout = null)
    {
        var options = _home.Options();
        options.CredentialProcessTimeout = timeout ?? TimeSpan.FromSeconds(30);
        return new ProcessCredentialsProvider(command, options);
    }

    [SkippableFact]
    public async Task OutputWithAnExpiryIsRefreshedByRunningTheCommandAgain()
    {
        Skip.If(OperatingSystem.IsWindows(), "the fake credential process is a POSIX shell script");
        var expiry = _home.Time.GetUtcNow().AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var provider = Provider($"sh \"{_script}\" {_counter} {expiry}");

        var first = await provider.GetCredentialsAsync(CancellationToken.None);
        await provider.GetCredentialsAsync(CancellationToken.None);
        Assert.Equal(1, Runs);

        _home.Time.Advance(TimeSpan.FromMinutes(59));
        var refreshed = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("AKIDPROC1", "proc-secret", "proc-token"), (first.AccessKeyId, first.SecretAccessKey, first.SessionToken));
        Assert.Equal(_home.Time.GetUtcNow().AddMinutes(1), first.Expiration);
        Assert.Equal("AKIDPROC2", refreshed.AccessKeyId);
        Assert.Equal(2, Runs);
    }

    [SkippableFact]
    public async Task ThirtyTwoCallersAfterExpiryRunTheCommandOnce()
    {
        Skip.If(OperatingSystem.IsWindows(), "the fake credential process is a POSIX shell script");
        var expiry = _home.Time.GetUtcNow().AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var provider = Provider($"sh \"{_script}\" {_counter} {expiry}");
        await provider.GetCredentialsAsync(CancellationToken.None);

        _home.Time.Advance(TimeSpan.FromMinutes(58));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Equal(2, Runs);
        Assert.All(results, c => Assert.Equal("AKIDPROC2", c.AccessKeyId));
    }

    [SkippableFact]
    public async Task OutputWithoutAnExpiryIsKept()
    {
        Skip.If(OperatingSystem.IsWindows(), "the fake credential process is a POSIX shell script");
        var provider = Provider($"sh '{_script}' {_counter}");

        await provider.GetCredentialsAsync(CancellationToken.None);
        _home.Time.Advance(TimeSpan.FromDays(30));
        var later = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIDPROC1", later.AccessKeyId);
        Assert.Null(later.Expiration);
        Assert.Equal(1, Runs);
    }

    [SkippableFact]
    public async Task AFailingCommandReportsItsStandardErrorButNeverItsOutput()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX shell");
        var provider = Provider("""sh -c 'echo "{\"SecretAccessKey\": \"leaked-secret\"}"; echo "session expired, run: tool login" >&2; exit 3'""");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await provider.GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("credential_process: 'sh' exited with code 3: session expired, run: tool login", error.Message);
        Assert.DoesNotContain("leaked-secret", error.ToString());
    }

    [SkippableFact]
    public async Task ACommandThatHangsIsStoppedAtTheTimeLimit()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX sleep");
        // The shell records its process id, then becomes the sleep (same id); the limit leaves it time to start on a busy machine.
        var pidFile = Path.Combine(_home.Root, "pid");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await Provider($"sh -c 'echo $$ > {pidFile}; exec sleep 300'", TimeSpan.FromSeconds(2)).GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("credential_process: 'sh' did not finish within 00:00:02 and was stopped.", error.Message);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var stopped = await Eventually.TrueAsync(() => !IsRunning(pid));
        if (!stopped)
        {
            Process.GetProcessById(pid).Kill();   // leave nothing behind when the provider did not
        }

        Assert.True(stopped, "the command was stopped, not left running");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [SkippableTheory]
    [InlineData("""{"Version":2,"AccessKeyId":"A","SecretAccessKey":"hidden-secret"}""", "the output's Version is '2'; only version 1 is supported.")]
    [InlineData("""{"AccessKeyId":"A","SecretAccessKey":"hidden-secret"}""", "the output's Version is missing; only version 1 is supported.")]
    [InlineData("""{"Version":1,"SecretAccessKey":"hidden-secret"}""", "the response has no AccessKeyId.")]
    [InlineData("""hidden-secret not json""", "the response is not valid JSON.")]
    public async Task OutputThatIsNotVersionOneCredentialsIsAnErrorWithoutSecrets(string output, string reason)
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX printf");
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await Provider("printf '%s' '" + output + "'").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("credential_process: " + reason, error.Message);
        Assert.DoesNotContain("hidden-secret", error.ToString());
    }

    [Fact]
    public async Task ACommandThatDoesNotExistCannotStart()
    {
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await Provider("/nonexistent/credential-helper --profile x").GetCredentialsAsync(CancellationToken.None));

        Assert.StartsWith("credential_process: cannot start '/nonexistent/credential-helper': ", error.Message);
    }

    [Theory]
    [InlineData("tool --a b", new[] { "tool", "--a", "b" })]
    [InlineData("  tool   'two words'  \"and more\" ", new[] { "tool", "two words", "and more" })]
    [InlineData("tool \"quote \\\" inside\" 'back\\slash'", new[] { "tool", "quote \" inside", "back\\slash" })]
    [InlineData("tool escaped\\ space \"\"", new[] { "tool", "escaped space", "" })]
    [InlineData("/opt/my\\ tools/helper --json", new[] { "/opt/my tools/helper", "--json" })]
    public void PosixCommandLinesSplitLikeAShell(string command, string[] expected) =>
        Assert.Equal(expected, CommandLine.Split(command, windows: false));

    [Theory]
    [InlineData("C:\\Tools\\helper.exe --profile dev", new[] { "C:\\Tools\\helper.exe", "--profile", "dev" })]
    [InlineData("\"C:\\Program Files\\helper.exe\" say \\\"hi\\\"", new[] { "C:\\Program Files\\helper.exe", "say", "\"hi\"" })]
    public void WindowsCommandLinesKeepBackslashes(string command, string[] expected) =>
        Assert.Equal(expected, CommandLine.Split(command, windows: true));
}
