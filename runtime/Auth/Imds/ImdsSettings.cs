using System;
using System.Globalization;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth.Imds;

/// <summary>
/// The instance metadata settings of the AWS SDKs and Tools reference guide; each environment variable
/// wins over its shared-config key.
/// </summary>
/// <param name="Disabled"><c>AWS_EC2_METADATA_DISABLED</c>: never call IMDS.</param>
/// <param name="V1Disabled"><c>AWS_EC2_METADATA_V1_DISABLED</c> / <c>ec2_metadata_v1_disabled</c>: no IMDSv1 fallback.</param>
/// <param name="Endpoint"><c>AWS_EC2_METADATA_SERVICE_ENDPOINT</c> / <c>ec2_metadata_service_endpoint</c>, else by mode
/// (<c>AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE</c> / <c>ec2_metadata_service_endpoint_mode</c>: IPv4 <c>http://169.254.169.254</c>, IPv6 <c>http://[fd00:ec2::254]</c>).</param>
/// <param name="Timeout"><c>AWS_METADATA_SERVICE_TIMEOUT</c> / <c>metadata_service_timeout</c>, seconds per request; default 1.</param>
/// <param name="Attempts"><c>AWS_METADATA_SERVICE_NUM_ATTEMPTS</c> / <c>metadata_service_num_attempts</c>; default 1.</param>
/// <param name="InstanceProfileName"><c>AWS_EC2_INSTANCE_PROFILE_NAME</c> / <c>ec2_instance_profile_name</c>: skips asking IMDS for the role name.</param>
internal sealed record ImdsSettings(bool Disabled, bool V1Disabled, Uri Endpoint, TimeSpan Timeout, int Attempts, string? InstanceProfileName)
{
    public const string Provider = "instance metadata (IMDS)";
    private static readonly Uri s_ipv4 = new("http://169.254.169.254/");
    private static readonly Uri s_ipv6 = new("http://[fd00:ec2::254]/");

    public static ImdsSettings Read(Func<string, string?> environment, SharedConfigFiles files)
    {
        string? Setting(string variable, string key) => SharedConfigFiles.NonEmpty(environment(variable)) ?? files.Get(key);

        var endpoint = Setting("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint");
        Uri? uri = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new CredentialsProviderException(Provider, "the endpoint '" + endpoint + "' (AWS_EC2_METADATA_SERVICE_ENDPOINT or ec2_metadata_service_endpoint) is not an http(s) URL.");
        }

        var mode = Setting("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode") ?? "IPv4";
        if (!string.Equals(mode, "IPv4", StringComparison.OrdinalIgnoreCase) && !string.Equals(mode, "IPv6", StringComparison.OrdinalIgnoreCase))
        {
            throw new CredentialsProviderException(Provider, "the endpoint mode '" + mode + "' is neither IPv4 nor IPv6.");
        }

        var timeout = Setting("AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout");
        var attempts = Setting("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "metadata_service_num_attempts");
        var profileName = Setting("AWS_EC2_INSTANCE_PROFILE_NAME", "ec2_instance_profile_name");
        return new ImdsSettings(
            ConfiguredEndpoint.IsTrue(environment("AWS_EC2_METADATA_DISABLED")),
            ConfiguredEndpoint.IsTrue(Setting("AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled")),
            uri ?? (string.Equals(mode, "IPv6", StringComparison.OrdinalIgnoreCase) ? s_ipv6 : s_ipv4),
            timeout is null ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Positive(timeout, "metadata_service_timeout")),
            attempts is null ? 1 : (int)Positive(attempts, "metadata_service_num_attempts"),
            profileName);
    }

    private static double Positive(string value, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= int.MaxValue
            ? number
            : throw new CredentialsProviderException(Provider, name + " must be a positive number, but is '" + value + "'.");
}
