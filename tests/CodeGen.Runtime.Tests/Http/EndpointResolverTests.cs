using System;
using System.Collections.Generic;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

public class EndpointResolverTests
{
    [Fact]
    public void RegionComesFromOptionsThenAwsRegionThenAwsDefaultRegion()
    {
        var environment = FakeEnvironment.Of(("AWS_REGION", "eu-west-3"), ("AWS_DEFAULT_REGION", "ap-south-1"), ("HOME", "/nonexistent"));

        Assert.Equal("us-west-1", EndpointResolver.ResolveRegion(new ClientOptions { Region = "us-west-1" }, environment));
        Assert.Equal("eu-west-3", EndpointResolver.ResolveRegion(new ClientOptions(), environment));
        Assert.Equal("ap-south-1", EndpointResolver.ResolveRegion(new ClientOptions(), FakeEnvironment.Of(("AWS_DEFAULT_REGION", "ap-south-1"), ("HOME", "/nonexistent"))));
    }

    [Theory]
    [InlineData("us-east-1", "https://finspace-api.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://finspace-api.cn-north-1.amazonaws.com.cn/")]
    public void DefaultEndpointIsThePrefixAndRegion(string region, string expected) =>
        Assert.Equal(new Uri(expected), EndpointResolver.ResolveEndpoint(new ClientOptions(), "finspace-api", region));

    [Fact]
    public void AnOverrideWinsAndNoRegionWithoutOneIsAClearError()
    {
        var custom = new Uri("http://127.0.0.1:8080/base");
        Assert.Equal(custom, EndpointResolver.ResolveEndpoint(new ClientOptions { Endpoint = custom }, "finspace-api", null));

        var error = Assert.Throws<InvalidOperationException>(() => EndpointResolver.ResolveEndpoint(new ClientOptions(), "finspace-api", null));
        Assert.Contains("AWS_REGION", error.Message);
    }
}
