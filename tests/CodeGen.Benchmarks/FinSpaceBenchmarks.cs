using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CodeGen.Runtime.Auth;

namespace CodeGen.Benchmarks;

/// <summary>
/// FinSpace Data UpdateUser (restJson1, signed, URI label, idempotency token): the first operation
/// CodeGen serves. The AWS SDK for .NET has no FinSpace Data package on this registry, so the peers
/// are CodeGen and raw HttpClient sending pre-built bytes.
/// </summary>
[MemoryDiagnoser]
public class FinSpaceBenchmarks
{
    private static readonly byte[] s_response = Encoding.UTF8.GetBytes("""{"userId":"uAbCdEfGh1"}""");
    private static readonly byte[] s_rawRequest = Encoding.UTF8.GetBytes("""{"type":"APP_USER","firstName":"Ada","apiAccess":"ENABLED","clientToken":"00000000-0000-4000-8000-000000000000"}""");
    private InMemoryHandler _handler = null!;
    private Bench.FinSpaceData.FinSpaceDataClient _client = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = _handler = new InMemoryHandler(s_response, "application/json");
        _client = new Bench.FinSpaceData.FinSpaceDataClient(new Bench.FinSpaceData.FinSpaceDataClientOptions
        {
            Endpoint = new Uri("https://finspace-api.us-east-1.amazonaws.com"),
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(handler, disposeHandler: false),
        });
        _raw = new HttpClient(handler, disposeHandler: false);
        SameRequest.Check(_handler, "UpdateUser", s_rawRequest, ("CodeGen", UpdateUser), ("Raw", RawHttpClient));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _raw.Dispose();
    }

    [Benchmark]
    public async Task<string?> UpdateUser() => (await _client.UpdateUserAsync(new Bench.FinSpaceData.UpdateUserRequest
    {
        UserId = "uAbCdEfGh1",
        Type = Bench.FinSpaceData.UserType.AppUser,
        FirstName = "Ada",
        ApiAccess = Bench.FinSpaceData.ApiAccess.Enabled,
    })).UserId;

    [Benchmark(Baseline = true)]
    public async Task<byte[]> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://finspace-api.us-east-1.amazonaws.com/user/uAbCdEfGh1") { Content = new ByteArrayContent(s_rawRequest) };
        using var response = await _raw.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
