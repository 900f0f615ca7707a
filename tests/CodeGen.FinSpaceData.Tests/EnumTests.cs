using System;
using System.Collections.Generic;
using System.Linq;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>
/// Generated enums are forward-compatible value types: the model's values (UserType: SUPER_USER, APP_USER;
/// ApiAccess: ENABLED, DISABLED) are named, and any other value round-trips without loss or exceptions.
/// </summary>
public class EnumTests
{
    [Fact]
    public void UnknownValueKeepsItsValueAndIsNotKnown()
    {
        var kind = new UserType("NEW_KIND");

        Assert.Equal("NEW_KIND", kind.Value);
        Assert.Equal("NEW_KIND", kind.ToString());
        Assert.Equal("NEW_KIND", (string)kind);
        Assert.False(kind.IsKnown);
    }

    [Fact]
    public void UnknownValuesWithTheSameWireValueAreEqual()
    {
        UserType fromString = "NEW_KIND";

        Assert.Equal(new UserType("NEW_KIND"), fromString);
        Assert.True(new UserType("NEW_KIND") == fromString);
        Assert.Equal(new UserType("NEW_KIND").GetHashCode(), fromString.GetHashCode());
        Assert.NotEqual(UserType.SuperUser, fromString);
        Assert.True(UserType.SuperUser != fromString);
        Assert.Single(new HashSet<UserType> { fromString, new UserType("NEW_KIND") });
    }

    [Fact]
    public void KnownValuesAreNamedAndEqualToTheirWireValue()
    {
        Assert.Equal("SUPER_USER", UserType.SuperUser.Value);
        Assert.Equal("APP_USER", UserType.AppUser.Value);
        Assert.Equal(UserType.SuperUser, new UserType("SUPER_USER"));
        Assert.True(new UserType("APP_USER").IsKnown);
        Assert.Equal("ENABLED", ApiAccess.Enabled.Value);
        Assert.Equal("DISABLED", ApiAccess.Disabled.Value);
    }

    [Fact]
    public void ValuesListsTheKnownValuesInModelOrder()
    {
        Assert.Equal(["SUPER_USER", "APP_USER"], UserType.Values.Select(v => v.Value));
        Assert.Equal(["ENABLED", "DISABLED"], ApiAccess.Values.Select(v => v.Value));
        Assert.All(UserType.Values, v => Assert.True(v.IsKnown));
        Assert.DoesNotContain(new UserType("NEW_KIND"), UserType.Values);
    }

    [Fact]
    public void WireValuesCompareOrdinallyAndCaseSensitively()
    {
        var lower = new UserType("super_user");

        Assert.NotEqual(UserType.SuperUser, lower);
        Assert.False(lower.IsKnown);
        Assert.Equal("super_user", lower.Value);
    }

    [Fact]
    public void DefaultValueIsEmptyAndDoesNotThrow()
    {
        var none = default(UserType);

        Assert.Equal("", none.Value);
        Assert.Equal("", none.ToString());
        Assert.False(none.IsKnown);
        Assert.Equal(new UserType(""), none);
    }

    [Fact]
    public void NullIsRejectedAtConstruction()
    {
        Assert.Throws<ArgumentNullException>(() => new UserType(null!));
    }

    [Fact]
    public void UnknownValueRoundTripsThroughARequest()
    {
        var request = new UpdateUserRequest { UserId = "u-1", Type = new UserType("AUDITOR") };
        var copy = request with { FirstName = "Ana" };

        Assert.Equal("AUDITOR", copy.Type?.Value);
        Assert.Empty(copy.Validate());
    }
}
