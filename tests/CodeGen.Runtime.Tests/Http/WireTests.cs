using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

/// <summary>
/// Sends through a real SocketsHttpHandler to a one-shot TCP listener on 127.0.0.1 and reads the raw
/// request, proving that what leaves the process is exactly the escaped path (no dot-segment removal).
/// </summary>
public sealed class WireTests
{
    [Fact]
    public async Task RequestLineCarriesTheEscapedPathUnchanged()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var server = ServeOnceAsync(listener, safety.Token);

        using var runtime = new ClientRuntime(TestService.Metadata, new ClientOptions
        {
            Region = "us-east-1",
            Endpoint = new Uri("http://127.0.0.1:" + port),
            Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "secret"),
        });
        var response = await runtime.InvokeAsync(new EchoRequest("x"), new DotLabelsOperation(), safety.Token);
        var head = await server;

        Assert.Equal("wire", response.Name);
        var lines = head.Split("\r\n");
        Assert.Equal("GET /things/%2E%2E/..%2F..%2Fadmin%3Fx%3D1%23y/%2E/%2E?q=a%20b HTTP/1.1", lines[0]);
        Assert.Contains("Host: 127.0.0.1:" + port, lines);
        Assert.Contains(lines, line => line.StartsWith("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", StringComparison.Ordinal));
    }

    /// <summary>Labels that would climb out of their segment if anything on the way normalized the path.</summary>
    private sealed class DotLabelsOperation() : Operation<EchoRequest, EchoResponse>("DotLabels")
    {
        public override void WriteRequest(EchoRequest request, HttpRequestData http)
        {
            http.Method = "GET";
            http.AppendPath("/things/");
            http.AppendLabel("..", greedy: false);
            http.AppendPath("/");
            http.AppendLabel("../../admin?x=1#y", greedy: false);
            http.AppendPath("/");
            http.AppendLabel("./.", greedy: true);
            http.AddQuery("q", "a b");
        }

        public override EchoResponse ReadResponse(HttpResponseData response) => new EchoOperation().ReadResponse(response);
    }

    private static async Task<string> ServeOnceAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        using var socket = await listener.AcceptSocketAsync(cancellationToken);
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var body = "{\"name\":\"wire\"}";
        var reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n" + body;
        await socket.SendAsync(Encoding.ASCII.GetBytes(reply), SocketFlags.None, cancellationToken);
        socket.Shutdown(SocketShutdown.Both);
        return received.ToString();
    }
}
