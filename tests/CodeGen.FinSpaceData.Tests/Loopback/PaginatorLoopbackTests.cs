using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>Paginators from paginators-1.json, as IAsyncEnumerable over a real HTTP server.</summary>
public sealed class PaginatorLoopbackTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ItemsFollowTheNextTokenAcrossPages()
    {
        _server.Respond(200, """{"users":[{"userId":"a"},{"userId":"b"}],"nextToken":"page-2"}""")
               .Respond(200, """{"users":[{"userId":"c"}]}""");
        using var client = ClientFactory.Create(_server);

        var users = new List<string?>();
        await foreach (var user in client.ListUsersItemsAsync(new ListUsersRequest { MaxResults = 2 }))
        {
            users.Add(user.UserId);
        }

        Assert.Equal(["a", "b", "c"], users);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal("/user?maxResults=2", _server.Requests[0].RawTarget);
        Assert.Equal("/user?nextToken=page-2&maxResults=2", _server.Requests[1].RawTarget);
    }

    [Fact]
    public async Task PagesStopWhenTheServiceRepeatsItsToken()
    {
        _server.Respond(200, """{"users":[],"nextToken":"same"}""");
        using var client = ClientFactory.Create(_server);

        var pages = 0;
        await foreach (var page in client.ListUsersPagesAsync(new ListUsersRequest { MaxResults = 1 }))
        {
            pages++;
            Assert.True(pages < 5, "the paginator must not loop forever");
        }

        Assert.Equal(2, pages);
    }
}
