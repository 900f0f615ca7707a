using System;
using System.Collections.Generic;
using System.IO;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The shared AWS files: <c>~/.aws/credentials</c> (sections named by profile) and <c>~/.aws/config</c>
/// (<c>[default]</c> and <c>[profile name]</c>), located by <c>AWS_SHARED_CREDENTIALS_FILE</c> and
/// <c>AWS_CONFIG_FILE</c> when set, and the profile chosen by <c>AWS_PROFILE</c>.
/// </summary>
public sealed class SharedConfigFiles
{
    private readonly Dictionary<string, Dictionary<string, string>> _credentials;
    private readonly Dictionary<string, Dictionary<string, string>> _config;

    private SharedConfigFiles(string profile, Dictionary<string, Dictionary<string, string>> credentials, Dictionary<string, Dictionary<string, string>> config)
    {
        Profile = profile;
        _credentials = credentials;
        _config = config;
    }

    /// <summary>The selected profile name.</summary>
    public string Profile { get; }

    /// <summary>Loads the files; missing files count as empty.</summary>
    public static SharedConfigFiles Load(string? profile = null, string? credentialsFile = null, string? configFile = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var home = environment("HOME") ?? environment("USERPROFILE") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        credentialsFile ??= environment("AWS_SHARED_CREDENTIALS_FILE") ?? Path.Combine(home, ".aws", "credentials");
        configFile ??= environment("AWS_CONFIG_FILE") ?? Path.Combine(home, ".aws", "config");
        profile ??= environment("AWS_PROFILE");
        if (string.IsNullOrEmpty(profile))
        {
            profile = "default";
        }

        return new SharedConfigFiles(profile!, ParseFile(credentialsFile, isConfig: false), ParseFile(configFile, isConfig: true));
    }

    /// <summary>A value of the selected profile: the credentials file first, then the config file.</summary>
    public string? Get(string key)
    {
        if (_credentials.TryGetValue(Profile, out var section) && section.TryGetValue(key, out var value))
        {
            return value;
        }

        return _config.TryGetValue(Profile, out section) && section.TryGetValue(key, out value) ? value : null;
    }

    /// <summary>The profile's credentials, or null when it has no key pair.</summary>
    public AwsCredentials? Credentials()
    {
        var accessKey = Get("aws_access_key_id");
        var secret = Get("aws_secret_access_key");
        return string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secret) ? null : new AwsCredentials(accessKey!, secret!, Get("aws_session_token"));
    }

    /// <summary>Parses INI text: sections, <c>key = value</c>, comments starting with '#' or ';'.</summary>
    public static Dictionary<string, Dictionary<string, string>> Parse(string text, bool isConfig)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line.EndsWith("]", StringComparison.Ordinal))
            {
                var name = line.Substring(1, line.Length - 2).Trim();
                if (isConfig && name.StartsWith("profile ", StringComparison.Ordinal))
                {
                    name = name.Substring("profile ".Length).Trim();
                }

                if (!sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections[name] = current;
                }

                continue;
            }

            var equals = line.IndexOf('=');
            if (current is null || equals <= 0)
            {
                continue;
            }

            current[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
        }

        return sections;
    }

    private static Dictionary<string, Dictionary<string, string>> ParseFile(string path, bool isConfig) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), isConfig) : new Dictionary<string, Dictionary<string, string>>();
}
