using System;
using CodeGen.Runtime.Auth;
using FinSpace.Data;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>A FinSpace Data client aimed at a loopback server, with fast retries and fixed credentials.</summary>
internal static class ClientFactory
{
    public const string AccessKey = "AKIDLOOPBACKTEST";
    public const string Secret = "loopback-secret-key";

    public static FinSpaceDataClient Create(LoopbackServer server, Action<FinSpaceDataClientOptions>? configure = null)
    {
        var options = new FinSpaceDataClientOptions
        {
            Endpoint = server.Address,
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials(AccessKey, Secret)),
        };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        configure?.Invoke(options);
        return new FinSpaceDataClient(options);
    }
}
