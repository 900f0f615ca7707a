using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks;

/// <summary>
/// Answers every request with the same canned response, without touching the network. Like a real
/// transport it reads the whole request body, so every peer pays for producing its bytes.
/// </summary>
internal sealed class InMemoryHandler(byte[] body, string contentType) : HttpMessageHandler
{
    /// <summary>When set, the next request's body is copied here (for checking that peers send the same thing).</summary>
    public MemoryStream? Capture { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Content?.CopyTo(Capture ?? Stream.Null, null, cancellationToken);
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "4S3TK1C6MBF9G3OF4SHKQ1CFOVVV4KQNSO5AEMVJF66Q9ASUAAJG");
        return response;
    }
}
