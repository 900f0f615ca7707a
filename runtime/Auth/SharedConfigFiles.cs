using System;
using System.Collections.Generic;
using System.IO;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The shared AWS files as the AWS SDKs read them: <c>~/.aws/credentials</c> (sections named by profile)
/// and <c>~/.aws/config</c> (<c>[default]</c>, <c>[profile name]</c>, <c>[sso-session name]</c>,
/// <c>[services name]</c>), located by <c>AWS_SHARED_CREDENTIALS_FILE</c> and <c>AWS_CONFIG_FILE</c> when
/// set, with the profile chosen by the caller, else <c>AWS_PROFILE</c>, else <c>default</c>.
/// </summary>
/// <remarks>
/// A profile's value comes from the credentials file first, then the config file. In the config file a
/// <c>[profile default]</c> section takes the place of <c>[default]</c>, and sections of no known kind are
/// ignored. Missing files count as empty. Sub-properties (<c>dynamodb =</c> followed by indented
/// <c>endpoint_url = ...</c>) are read as <c>dynamodb.endpoint_url</c>.
/// </remarks>
public sealed class SharedConfigFiles
{
    private readonly Dictionary<string, Dictionary<string, string>> _credentialsProfiles;
    private readonly Dictionary<string, Dictionary<string, string>> _configProfiles;
    private readonly Dictionary<string, Dictionary<string, string>> _ssoSessions;
    private readonly Dictionary<string, Dictionary<string, string>> _services;

    private SharedConfigFiles(string profile, bool profileIsExplicit, Dictionary<string, Dictionary<string, string>> credentials, Dictionary<string, Dictionary<string, string>> config)
    {
        Profile = profile;
        ProfileIsExplicit = profileIsExplicit;
        _credentialsProfiles = credentials;
        _configProfiles = new(StringComparer.Ordinal);
        _ssoSessions = new(StringComparer.Ordinal);
        _services = new(StringComparer.Ordinal);
        foreach (var (name, values) in config)
        {
            var (kind, sectionName) = SplitSectionName(name);
            switch (kind)
            {
                case "default" when !config.ContainsKey("profile default"):
                    _configProfiles["default"] = values;
                    break;
                case "profile":
                    _configProfiles[sectionName] = values;
                    break;
                case "sso-session":
                    _ssoSessions[sectionName] = values;
                    break;
                case "services":
                    _services[sectionName] = values;
                    break;
            }
        }
    }

    /// <summary>The selected profile name.</summary>
    public string Profile { get; }

    /// <summary>Whether the profile was chosen (by the caller or <c>AWS_PROFILE</c>) rather than defaulted.</summary>
    public bool ProfileIsExplicit { get; }

    /// <summary>Loads the files; missing files count as empty.</summary>
    /// <param name="profile">The profile to select; else <c>AWS_PROFILE</c>, else <c>default</c>.</param>
    /// <param name="credentialsFile">The credentials file; else <c>AWS_SHARED_CREDENTIALS_FILE</c>, else <c>~/.aws/credentials</c>.</param>
    /// <param name="configFile">The config file; else <c>AWS_CONFIG_FILE</c>, else <c>~/.aws/config</c>.</param>
    /// <param name="environment">Reads environment variables (the process environment by default).</param>
    public static SharedConfigFiles Load(string? profile = null, string? credentialsFile = null, string? configFile = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        credentialsFile = ExpandHome(credentialsFile ?? NonEmpty(environment("AWS_SHARED_CREDENTIALS_FILE")) ?? Path.Combine("~", ".aws", "credentials"), environment);
        configFile = ExpandHome(configFile ?? NonEmpty(environment("AWS_CONFIG_FILE")) ?? Path.Combine("~", ".aws", "config"), environment);
        return FromText(ReadFile(credentialsFile), ReadFile(configFile), profile ?? NonEmpty(environment("AWS_PROFILE")));
    }

    /// <summary>Reads the files' contents given as text (null for a missing file).</summary>
    public static SharedConfigFiles FromText(string? credentialsText, string? configText, string? profile = null) =>
        new(string.IsNullOrWhiteSpace(profile) ? "default" : profile!.Trim(), !string.IsNullOrWhiteSpace(profile),
            credentialsText is null ? new() : ConfigFileParser.Parse(credentialsText),
            configText is null ? new() : ConfigFileParser.Parse(configText));

    /// <summary>A value of the selected profile: the credentials file first, then the config file.</summary>
    public string? Get(string key) => GetProfileValue(Profile, key);

    /// <summary>A value of <paramref name="profile"/>: the credentials file first, then the config file; null when absent or empty.</summary>
    public string? GetProfileValue(string profile, string key)
    {
        if (_credentialsProfiles.TryGetValue(profile, out var section) && section.TryGetValue(key, out var value) && value.Length > 0)
        {
            return value;
        }

        return _configProfiles.TryGetValue(profile, out section) && section.TryGetValue(key, out value) && value.Length > 0 ? value : null;
    }

    /// <summary>Whether either file defines <paramref name="profile"/>.</summary>
    public bool HasProfile(string profile) => _credentialsProfiles.ContainsKey(profile) || _configProfiles.ContainsKey(profile);

    /// <summary>Whether <paramref name="profile"/> sets <paramref name="key"/> (to anything, even empty) in either file.</summary>
    public bool ProfileHasKey(string profile, string key) =>
        (_credentialsProfiles.TryGetValue(profile, out var section) && section.ContainsKey(key))
        || (_configProfiles.TryGetValue(profile, out section) && section.ContainsKey(key));

    /// <summary>Whether the config file has an <c>[sso-session name]</c> section.</summary>
    public bool HasSsoSession(string session) => _ssoSessions.ContainsKey(session);

    /// <summary>A value of the <c>[sso-session name]</c> section; null when absent or empty.</summary>
    public string? GetSsoSessionValue(string session, string key) =>
        _ssoSessions.TryGetValue(session, out var section) && section.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>
    /// A sub-property of the <c>[services name]</c> section, such as (<c>"my-services"</c>, <c>"dynamodb"</c>,
    /// <c>"endpoint_url"</c>); null when absent.
    /// </summary>
    public string? GetServicesValue(string services, string service, string key) =>
        _services.TryGetValue(services, out var section) && section.TryGetValue(service + "." + key, out var value) && value.Length > 0 ? value : null;

    /// <summary>The selected profile's key pair, or null when it has none.</summary>
    public AwsCredentials? Credentials()
    {
        var accessKey = Get("aws_access_key_id");
        var secret = Get("aws_secret_access_key");
        return accessKey is null || secret is null ? null : new AwsCredentials(accessKey, secret, Get("aws_session_token"), accountId: Get("aws_account_id"));
    }

    /// <summary>The user's home directory as the SDKs find it: <c>HOME</c>, else <c>USERPROFILE</c>, else <c>HOMEDRIVE</c>+<c>HOMEPATH</c>.</summary>
    internal static string HomeDirectory(Func<string, string?> environment)
    {
        var home = NonEmpty(environment("HOME")) ?? NonEmpty(environment("USERPROFILE"));
        if (home is null && NonEmpty(environment("HOMEDRIVE")) is { } drive && NonEmpty(environment("HOMEPATH")) is { } path)
        {
            home = drive + path;
        }

        return home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }

    /// <summary>Replaces a leading <c>~</c> with the home directory.</summary>
    internal static string ExpandHome(string path, Func<string, string?> environment) =>
        path == "~" ? HomeDirectory(environment)
        : path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.Combine(HomeDirectory(environment), path.Substring(2))
            : path;

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static (string Kind, string Name) SplitSectionName(string section)
    {
        if (section == "default")
        {
            return ("default", "default");
        }

        var space = section.IndexOfAny(new[] { ' ', '\t' });
        if (space < 0)
        {
            return ("", section);
        }

        var name = section.Substring(space + 1).Trim();
        if (name.Length >= 2 && name[0] == '"' && name[name.Length - 1] == '"')
        {
            name = name.Substring(1, name.Length - 2);
        }

        return (section.Substring(0, space), name);
    }

    private static string? ReadFile(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
