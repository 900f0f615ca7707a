using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using CodeGen.Runtime;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>The shape of the generated FinSpace types: required members, nullability, the exception hierarchy.</summary>
public class GeneratedShapeTests
{
    [Fact]
    public void ModelRequiredMembersAreCSharpRequiredMembers()
    {
        // The compile-time effect (CS9035 when omitted) is proven in CodeGen.Generator.Tests.RequiredMemberTests.
        Assert.True(IsRequired(typeof(UpdateUserRequest), nameof(UpdateUserRequest.UserId)));
        Assert.False(IsRequired(typeof(UpdateUserRequest), nameof(UpdateUserRequest.FirstName)));
        Assert.False(IsRequired(typeof(UpdateUserRequest), nameof(UpdateUserRequest.ClientToken)));
        Assert.NotNull(typeof(UpdateUserRequest).GetCustomAttribute<RequiredMemberAttribute>());
    }

    [Fact]
    public void OptionalMembersAreNullable()
    {
        var context = new NullabilityInfoContext();

        Assert.Equal(NullabilityState.NotNull, context.Create(typeof(UpdateUserRequest).GetProperty(nameof(UpdateUserRequest.UserId))!).ReadState);
        Assert.Equal(NullabilityState.Nullable, context.Create(typeof(UpdateUserRequest).GetProperty(nameof(UpdateUserRequest.FirstName))!).ReadState);
        Assert.Equal(typeof(UserType?), typeof(UpdateUserRequest).GetProperty(nameof(UpdateUserRequest.Type))!.PropertyType);
    }

    [Theory]
    [InlineData(typeof(AccessDeniedException))]
    [InlineData(typeof(ConflictException))]
    [InlineData(typeof(InternalServerException))]
    [InlineData(typeof(LimitExceededException))]
    [InlineData(typeof(ResourceNotFoundException))]
    [InlineData(typeof(ThrottlingException))]
    [InlineData(typeof(FinSpace.Data.ValidationException))]
    public void ModelledErrorsDeriveFromTheServiceBaseException(Type errorType)
    {
        Assert.True(errorType.IsSealed);
        Assert.Equal(typeof(FinSpaceDataException), errorType.BaseType);
        Assert.Equal(typeof(ServiceException), typeof(FinSpaceDataException).BaseType);

        var error = (FinSpaceDataException)Activator.CreateInstance(errorType, "The service said no.", null, null)!;
        Assert.Equal("The service said no.", error.ErrorMessage);
    }

    [Fact]
    public void ServiceErrorKeepsItsCodeStatusAndRequestId()
    {
        var details = new ServiceErrorDetails(400, "ValidationException", "req-1", ReadOnlyMemory<byte>.Empty);

        var error = new FinSpace.Data.ValidationException("Bad input.", details) { Reason = "FieldMissing" };

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Equal("Bad input.", error.ErrorMessage);
        Assert.Equal("FieldMissing", error.Reason);
    }

    [Fact]
    public void UnknownErrorCodeCanBeRepresentedByTheServiceBaseException()
    {
        var details = new ServiceErrorDetails(418, "NewFancyError", null, ReadOnlyMemory<byte>.Empty);

        var error = new FinSpaceDataException("Something new.", details);

        Assert.Equal("NewFancyError", error.ErrorCode);
        Assert.Equal("Something new.", error.ErrorMessage);
        Assert.Contains("NewFancyError", error.Message);
    }

    private static bool IsRequired(Type type, string property) =>
        type.GetProperty(property)!.GetCustomAttributes().Any(a => a is RequiredMemberAttribute);
}
