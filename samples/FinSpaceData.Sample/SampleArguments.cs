using System;

namespace FinSpaceData.Sample;

/// <summary>The sample's command line: <c>[--endpoint URL --region REGION] [--user-id ID]</c>.</summary>
internal sealed record SampleArguments(Uri? Endpoint, string? Region, string? UserId)
{
    public static SampleArguments? Parse(string[] args)
    {
        Uri? endpoint = null;
        string? region = null;
        string? userId = null;
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
                case "--user-id" when value is not null:
                    userId = value;
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return new SampleArguments(endpoint, region, userId);
    }
}
