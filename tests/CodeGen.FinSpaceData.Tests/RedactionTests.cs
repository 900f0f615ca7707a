using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>Members the model marks sensitive never reach ToString(), and so never reach logs.</summary>
public class RedactionTests
{
    [Fact]
    public void ToStringRedactsSensitiveMembersAndShowsTheOthers()
    {
        var request = new UpdateUserRequest
        {
            UserId = "u-123",
            Type = UserType.AppUser,
            FirstName = "Alice",
            LastName = "Liddell",
            ApiAccess = ApiAccess.Enabled,
            ApiAccessPrincipalArn = "arn:aws:iam::123456789012:role/Reader",
        };

        var text = request.ToString();

        Assert.DoesNotContain("Alice", text);
        Assert.DoesNotContain("Liddell", text);
        Assert.Contains("FirstName = ***", text);
        Assert.Contains("LastName = ***", text);
        Assert.Contains("UserId = u-123", text);
        Assert.Contains("Type = APP_USER", text);
        Assert.Contains("ApiAccess = ENABLED", text);
        Assert.Contains("ApiAccessPrincipalArn = arn:aws:iam::123456789012:role/Reader", text);
        Assert.StartsWith("UpdateUserRequest {", text);
    }

    [Fact]
    public void UnsetSensitiveMembersAreRedactedToo()
    {
        // Whether a sensitive value is present is not printed either.
        var text = new UpdateUserRequest { UserId = "u-123" }.ToString();

        Assert.Contains("FirstName = ***", text);
        Assert.Contains("LastName = ***", text);
    }

    [Fact]
    public void MembersWhoseShapeIsSensitiveAreRedacted()
    {
        // CreateUserRequest.emailAddress targets the Email shape, which the model marks sensitive.
        var request = new CreateUserRequest { EmailAddress = "alice@example.com", Type = UserType.SuperUser };

        var text = request.ToString();

        Assert.DoesNotContain("alice@example.com", text);
        Assert.Contains("EmailAddress = ***", text);
        Assert.Contains("Type = SUPER_USER", text);
    }

    [Fact]
    public void RedactionDoesNotChangeEquality()
    {
        var alice = new UpdateUserRequest { UserId = "u-1", FirstName = "Alice" };
        var bob = alice with { FirstName = "Bob" };

        Assert.Equal(alice.ToString(), bob.ToString());
        Assert.NotEqual(alice, bob);
        Assert.Equal(alice, bob with { FirstName = "Alice" });
    }
}
