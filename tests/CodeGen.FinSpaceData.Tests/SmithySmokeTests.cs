using Xunit;
using Botocore = FinSpace.Data;
using Smithy = FinSpace.Data.FromSmithy;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>The FinSpace types generated from the Smithy AST in a real build, beside the botocore ones.</summary>
public class SmithySmokeTests
{
    [Fact]
    public void SmithyRequestTypeExistsAndBehavesLikeTheBotocoreOne()
    {
        var fromSmithy = new Smithy.UpdateUserRequest { UserId = "u1", FirstName = "Ada", Type = Smithy.UserType.SuperUser };
        var fromBotocore = new Botocore.UpdateUserRequest { UserId = "u1", FirstName = "Ada", Type = Botocore.UserType.SuperUser };

        Assert.Equal("u1", fromSmithy.UserId);
        Assert.Equal(fromBotocore.ToString().Replace("FinSpace.Data.", ""), fromSmithy.ToString().Replace("FinSpace.Data.FromSmithy.", ""));
        Assert.DoesNotContain("Ada", fromSmithy.ToString());
        Assert.Empty(fromSmithy.Validate());
    }

    [Fact]
    public void SmithyExceptionsDeriveFromTheServiceBase()
    {
        Assert.IsAssignableFrom<Smithy.FinSpaceDataException>(new Smithy.ThrottlingException("slow down"));
    }
}
