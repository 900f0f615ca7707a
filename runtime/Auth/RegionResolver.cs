using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Imds;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The region chain of the AWS SDKs: the option, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's
/// <c>region</c>, then the instance metadata service (<c>placement/region</c>) when running on EC2.
/// </summary>
internal static class RegionResolver
{
    internal const string RegionPath = "latest/meta-data/placement/region";

    /// <summary>Every source but IMDS; null when none sets a region.</summary>
    public static string? FromConfiguration(string? region, string? profile, Func<string, string?> environment) =>
        SharedConfigFiles.NonEmpty(region)
        ?? SharedConfigFiles.NonEmpty(environment("AWS_REGION"))
        ?? SharedConfigFiles.NonEmpty(environment("AWS_DEFAULT_REGION"))
        ?? SharedConfigFiles.Load(profile, environment: environment).Get("region");

    /// <summary>The whole chain; null when no source has a region (an IMDS failure counts as no region; its reason comes back as ImdsFailure).</summary>
    public static async Task<(string? Region, string? ImdsFailure)> ResolveAsync(
        string? region, string? profile, Func<string, string?> environment, TimeProvider time, CancellationToken cancellationToken)
    {
        var configured = FromConfiguration(region, profile, environment);
        if (configured is not null)
        {
            return (configured, null);
        }

        try
        {
            var files = SharedConfigFiles.Load(profile, environment: environment);
            var imds = new ImdsClient(ImdsSettings.Read(environment, files), CredentialsHttp.Metadata, time);
            var fromImds = (await imds.GetAsync(RegionPath, cancellationToken).ConfigureAwait(false)).Trim();
            return fromImds.Length > 0 ? (fromImds, null) : (null, "instance metadata returned an empty region");
        }
        catch (Exception ex) when (ex is ImdsException or CredentialsProviderException)
        {
            return (null, "instance metadata: " + (ex is CredentialsProviderException provider ? provider.Reason : ex.Message));
        }
    }
}
