using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks;

/// <summary>Answers every request with the same canned response, without touching the network.</summary>
internal sealed class InMemoryHandler(byte[] body, string contentType) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "4S3TK1C6MBF9G3OF4SHKQ1CFOVVV4KQNSO5AEMVJF66Q9ASUAAJG");
        return Task.FromResult(response);
    }
}
