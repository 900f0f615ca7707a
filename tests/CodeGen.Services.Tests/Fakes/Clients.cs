using System;
using CodeGen.Runtime;
using CodeGen.Runtime.Auth;

namespace CodeGen.Services.Tests.Fakes;

/// <summary>Options pointing a generated client at a fake, with fixed credentials and no retry waits.</summary>
internal static class Clients
{
    public static T Configure<T>(T options, FakeService fake)
        where T : ClientOptions
    {
        options.Endpoint = fake.Address;
        options.Region = "us-east-1";
        options.Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        options.Jitter = () => 0;
        options.Retry.MaxBackoff = TimeSpan.FromMilliseconds(1);
        return options;
    }
}
