using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using Microsoft.Extensions.Time.Testing;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>
/// A temporary home directory with <c>.aws/config</c>, <c>.aws/credentials</c> and <c>.aws/sso/cache</c>, and a
/// fake environment pointing at it; nothing of the real user's AWS setup is read.
/// </summary>
internal sealed class TempAwsHome : IDisposable
{
    private readonly Dictionary<string, string> _variables = new();

    public TempAwsHome()
    {
        Root = Directory.CreateTempSubdirectory("codegen-aws-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".aws", "sso", "cache"));
        _variables["HOME"] = Root;
        // Off EC2 by default: tests that want IMDS point it at a fake, which may answer its first request
        // slowly on a busy machine; tests of timeouts set their own.
        _variables["AWS_EC2_METADATA_DISABLED"] = "true";
        _variables["AWS_METADATA_SERVICE_TIMEOUT"] = "10";
    }

    public string Root { get; }

    public string SsoCache => Path.Combine(Root, ".aws", "sso", "cache");

    /// <summary>A clock tests move by hand.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public TempAwsHome Config(string text)
    {
        System.IO.File.WriteAllText(Path.Combine(Root, ".aws", "config"), text);
        return this;
    }

    public TempAwsHome Credentials(string text)
    {
        System.IO.File.WriteAllText(Path.Combine(Root, ".aws", "credentials"), text);
        return this;
    }

    public TempAwsHome Set(string name, string? value)
    {
        if (value is null)
        {
            _variables.Remove(name);
        }
        else
        {
            _variables[name] = value;
        }

        return this;
    }

    /// <summary>Writes <paramref name="text"/> to a file under the home and returns its path.</summary>
    public string File(string name, string text)
    {
        var path = Path.Combine(Root, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reads the variables as they are when asked, so a test can change them between refreshes.</summary>
    public Func<string, string?> Environment => name => _variables.TryGetValue(name, out var value) ? value : null;

    public CredentialsProviderOptions Options(string? profile = null) => new()
    {
        Profile = profile,
        Environment = Environment,
        TimeProvider = Time,
    };

    /// <summary>
    /// Awaits <paramref name="call"/> while moving the clock a <paramref name="step"/> (a second by default) every
    /// few milliseconds, so waits on the clock (the backoff between attempts) pass; real-time limits such as an
    /// attempt timeout run as they would.
    /// </summary>
    public async Task<T> DriveClock<T>(Task<T> call, TimeSpan? step = null)
    {
        while (!call.IsCompleted)
        {
            Time.Advance(step ?? TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        return await call;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
