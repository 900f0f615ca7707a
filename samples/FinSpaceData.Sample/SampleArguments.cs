using System;

namespace FinSpaceData.Sample;

/// <summary>The sample's command line: <c>[--endpoint URL] [--region REGION] [--profile NAME] [--user-id ID]</c>.</summary>
internal sealed record SampleArguments(Uri? Endpoint, string? Region, string? UserId, string? Profile = null)
{
    /// <summary>Whether the sample talks to AWS (or another real endpoint) rather than its embedded one.</summary>
    public bool UsesRealEndpoint => Endpoint is not null || Profile is not null;

    public static SampleArguments? Parse(string[] args)
    {
        Uri? endpoint = null;
        string? region = null;
        string? userId = null;
        string? profile = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--endpoint" when value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri):
                    endpoint = uri;
                    i++;
                    break;
                case "--region" when value is not null:
                    region = value;
                    i++;
                    break;
                case "--profile" when value is not null:
                    profile = value;
                    i++;
                    break;
                case "--user-id" when value is not null:
                    userId = value;
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return new SampleArguments(endpoint, region, userId, profile);
    }
}
