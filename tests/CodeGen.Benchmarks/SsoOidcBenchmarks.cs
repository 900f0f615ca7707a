using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SSOOIDC;
using Amazon.SSOOIDC.Model;
using BenchmarkDotNet.Attributes;

namespace CodeGen.Benchmarks;

/// <summary>SSO OIDC CreateToken (restJson1, unsigned): CodeGen vs the AWS SDK for .NET v4.</summary>
[MemoryDiagnoser]
public class SsoOidcBenchmarks
{
    private static readonly byte[] s_response = Encoding.UTF8.GetBytes(
        """{"accessToken":"aoal-token","tokenType":"Bearer","expiresIn":28800,"refreshToken":"aorvJYubGpU6i91YnH7Mfo-AT2fIVa1zCfA_Rvq9yjVKIP3onFmmykuQ7E93y2I-9Nyj-A_sVvMufaLNL0bqnDRtgAkc0:MGUCMFrRsktMRVlWaOR70XGMFGLL0SlcCw4DiYveIiOVx1uK9BbD0gvAddsW3UTLozXKMgIxAJ3qxUvjpnlLIOaaKOoa/FuNgqJVvr9jMI8UfbxE8E8HF4t4ZjLpAjklqJqaAr9g"}""");
    private Bench.SsoOidc.SSOOIDCClient _codegen = null!;
    private AmazonSSOOIDCClient _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryHandler(s_response, "application/json");
        _codegen = new Bench.SsoOidc.SSOOIDCClient(new Bench.SsoOidc.SSOOIDCClientOptions
        {
            Endpoint = new Uri("https://oidc.us-east-1.amazonaws.com"),
            Region = "us-east-1",
            HttpClient = new HttpClient(handler, disposeHandler: false),
        });
        _sdk = new AmazonSSOOIDCClient(new AnonymousAWSCredentials(), new AmazonSSOOIDCConfig
        {
            ServiceURL = "https://oidc.us-east-1.amazonaws.com",
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new SdkHttpClientFactory(handler),
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _codegen.Dispose();
        _sdk.Dispose();
    }

    [Benchmark]
    public async Task<string?> CodeGen() => (await _codegen.CreateTokenAsync(new Bench.SsoOidc.CreateTokenRequest
    {
        ClientId = "client-id",
        ClientSecret = "client-secret",
        GrantType = "refresh_token",
        RefreshToken = "refresh",
    })).AccessToken;

    [Benchmark(Baseline = true)]
    public async Task<string?> AwsSdk() => (await _sdk.CreateTokenAsync(new CreateTokenRequest
    {
        ClientId = "client-id",
        ClientSecret = "client-secret",
        GrantType = "refresh_token",
        RefreshToken = "refresh",
    })).AccessToken;
}
