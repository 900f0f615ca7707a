using System;
using CodeGen.Runtime.Auth;

namespace CodeGen.Runtime.Http;

/// <summary>Chooses the region and endpoint of a client.</summary>
internal static class EndpointResolver
{
    public static string? ResolveRegion(ClientOptions options, Func<string, string?> environment)
    {
        return RegionResolver.FromConfiguration(options.Region, options.Profile, environment);
    }

    /// <summary>The override, else <c>https://{endpointPrefix}.{region}.amazonaws.com</c> (<c>.amazonaws.com.cn</c> in China).</summary>
    public static Uri ResolveEndpoint(ClientOptions options, string endpointPrefix, string? region)
    {
        if (options.Endpoint is not null)
        {
            return options.Endpoint;
        }

        if (string.IsNullOrWhiteSpace(region))
        {
            throw new InvalidOperationException(
                "No region is configured: set ClientOptions.Region, AWS_REGION, or a region in the shared config profile, or set ClientOptions.Endpoint.");
        }

        var suffix = region!.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri("https://" + endpointPrefix + "." + region + "." + suffix + "/");
    }
}
