using System;
using System.Net.Http;
using CodeGen.Runtime.Auth.Imds;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// What the providers of one chain share: the settings, the environment, the clock, the shared files
/// (read once), the HttpClients and one instance metadata client, whose six-hour session token every
/// IMDS credentials fetch of the chain reuses.
/// </summary>
internal sealed class CredentialsContext
{
    private readonly Lazy<SharedConfigFiles> _files;
    private readonly Lazy<ImdsClient> _imds;

    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="loadFiles">Loads the shared files; by default from where the environment says, with the options' profile.</param>
    public CredentialsContext(CredentialsProviderOptions? options, Func<SharedConfigFiles>? loadFiles = null)
    {
        Options = options ?? new CredentialsProviderOptions();
        Environment = Options.Environment;
        Time = Options.TimeProvider;
        _files = new Lazy<SharedConfigFiles>(loadFiles ?? (() => SharedConfigFiles.Load(Options.Profile, environment: Environment)));
        _imds = new Lazy<ImdsClient>(() => new ImdsClient(ImdsSettings.Read(Environment, Files), MetadataHttp, Time));
    }

    public CredentialsProviderOptions Options { get; }

    public Func<string, string?> Environment { get; }

    public TimeProvider Time { get; }

    public SharedConfigFiles Files => _files.Value;

    /// <summary>For STS and SSO.</summary>
    public HttpClient Http => Options.HttpClient ?? CredentialsHttp.Default;

    /// <summary>For IMDS and the container endpoint.</summary>
    public HttpClient MetadataHttp => CredentialsHttp.Metadata;

    public ImdsClient Imds => _imds.Value;

    /// <summary>The longest one attempt of an STS or SSO call may take (three attempts in all); other values in tests.</summary>
    public TimeSpan CallAttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest one request to the container endpoint may take: two seconds, as in botocore; other values in tests.</summary>
    public TimeSpan ContainerRequestTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where <c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c> is resolved (scheme, host and port): the ECS agent's
    /// fixed address; a loopback fake in tests, since nothing else can listen on it.
    /// </summary>
    public Uri EcsContainerAddress { get; init; } = new("http://169.254.170.2");

    /// <summary>A variable's value, or null when unset or blank.</summary>
    public string? Variable(string name) => SharedConfigFiles.NonEmpty(Environment(name));

    /// <summary>The region STS is called in: the option, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's <c>region</c>; null for the global endpoint.</summary>
    public string? StsRegion(string? profile = null) =>
        SharedConfigFiles.NonEmpty(Options.Region) ?? Variable("AWS_REGION") ?? Variable("AWS_DEFAULT_REGION")
        ?? Files.GetProfileValue(profile ?? Files.Profile, "region");
}
