using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

public class SmokeTests
{
    [Fact]
    public void RequestTypeExists()
    {
        var request = new UpdateUserRequest { UserId = "u1" };
        Assert.Equal("u1", request.UserId);
    }
}
