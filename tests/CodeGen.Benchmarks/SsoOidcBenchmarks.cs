using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SSOOIDC;
using Amazon.SSOOIDC.Model;
using BenchmarkDotNet.Attributes;
using CodeGen.Runtime.Auth;

namespace CodeGen.Benchmarks;

/// <summary>
/// SSO OIDC CreateTokenWithIAM (restJson1, SigV4-signed, literal query in the URI) with the JWT bearer
/// grant and a response shaped like the one in the API reference: CodeGen vs the AWS SDK for .NET v4
/// vs raw HttpClient sending pre-built bytes.
/// </summary>
[MemoryDiagnoser]
public class SsoOidcBenchmarks
{
    private const string Endpoint = "https://oidc.us-east-1.amazonaws.com";
    private const string ClientId = "arn:aws:sso::123456789012:application/ssoins-1111111111111111/apl-2222222222222222";
    private const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private const string Assertion = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjAwMDAifQ.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuY29tIiwic3ViIjoiYWRhIiwiYXVkIjoiY29kZWdlbiJ9.c2lnbmF0dXJl";

    private static readonly byte[] s_request = Encoding.UTF8.GetBytes(
        $$"""{"clientId":"{{ClientId}}","grantType":"{{GrantType}}","assertion":"{{Assertion}}"}""");

    private static readonly byte[] s_response = Encoding.UTF8.GetBytes(
        """{"accessToken":"aoak-Hig8TUDPNLhgeQQ2pHUlkS7qQ8pcdeSpJOAxkKpuNNDeFDHWoYrG9tCvDbHpVJRZrFVTo7sI72eVy","tokenType":"Bearer","expiresIn":3600,"refreshToken":"aorvJYubGpU6i91YnH7Mfo-AT2fIVa1zCfA_Rvq9yjVKIP3onFmmykuQ7E93y2I-9Nyj-A_sVvMufaLNL0bqnDRtgAkc0:MGUCMFrRsktMRVlWaOR70XGMFGLL0SlcCw4DiYveIiOVx1uK9BbD0gvAddsW3UTLozXKMgIxAJ3qxUvjpnlLIOaaKOoa","idToken":"eyJraWQiOiJrZXktMTU2Njk2ODU5NiIsImFsZyI6IlJTMzg0In0","issuedTokenType":"urn:ietf:params:oauth:token-type:refresh_token","scope":["openid","aws","sts:identity_context"],"awsAdditionalDetails":{"identityContext":"EXAMPLEIDENTITYCONTEXT"}}""");

    private InMemoryHandler _handler = null!;
    private Bench.SsoOidc.SSOOIDCClient _codegen = null!;
    private AmazonSSOOIDCClient _sdk = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new InMemoryHandler(s_response, "application/json");
        _codegen = new Bench.SsoOidc.SSOOIDCClient(new Bench.SsoOidc.SSOOIDCClientOptions
        {
            Endpoint = new Uri(Endpoint),
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(_handler, disposeHandler: false),
        });
        _sdk = new AmazonSSOOIDCClient(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), new AmazonSSOOIDCConfig
        {
            ServiceURL = Endpoint,
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new SdkHttpClientFactory(_handler),
        });
        _raw = new HttpClient(_handler, disposeHandler: false);
        SameRequest.Check(_handler, "CreateTokenWithIAM", s_request, ("CodeGen", CodeGen), ("AwsSdk", AwsSdk), ("Raw", RawHttpClient));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _codegen.Dispose();
        _sdk.Dispose();
        _raw.Dispose();
    }

    [Benchmark]
    public async Task<string?> CodeGen() => (await _codegen.CreateTokenWithIAMAsync(new Bench.SsoOidc.CreateTokenWithIAMRequest
    {
        ClientId = ClientId,
        GrantType = GrantType,
        Assertion = Assertion,
    })).AccessToken;

    [Benchmark(Baseline = true)]
    public async Task<string?> AwsSdk() => (await _sdk.CreateTokenWithIAMAsync(new CreateTokenWithIAMRequest
    {
        ClientId = ClientId,
        GrantType = GrantType,
        Assertion = Assertion,
    })).AccessToken;

    [Benchmark]
    public async Task<byte[]> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint + "/token?aws_iam=t") { Content = new ByteArrayContent(s_request) };
        using var response = await _raw.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
