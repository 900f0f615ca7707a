using System.Net.Http;
using Amazon.Runtime;

namespace CodeGen.Benchmarks;

/// <summary>Makes the AWS SDK send through the same in-memory handler as CodeGen.</summary>
internal sealed class SdkHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);
}
