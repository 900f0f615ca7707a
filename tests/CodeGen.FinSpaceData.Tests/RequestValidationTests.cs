using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Runtime;
using CodeGen.Runtime.Validation;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>
/// Validation of the generated FinSpace Data requests, used as normal C#. Expected constraints come from
/// the model (specs/finspace-data/service-2.json): UserId 1-26 characters matching <c>.*\S.*</c>,
/// FirstName and LastName 1-50, RoleArn 20-2048 matching an IAM role ARN, ClientToken 1-128,
/// ResultLimit 1-100, SessionDuration 1-60, ColumnName at most 126 matching <c>.*\S.*</c>,
/// StringMapKey at most 128 matching <c>[\s\S]*\S[\s\S]*</c>.
/// </summary>
public class RequestValidationTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/FinSpaceAccess";

    [Fact]
    public void RequestWithOnlyItsRequiredMemberIsValid()
    {
        var request = new UpdateUserRequest { UserId = "u-1" };

        Assert.Empty(request.Validate());
        request.EnsureValid();
    }

    [Fact]
    public void RequestWithEveryMemberSetWithinItsConstraintsIsValid()
    {
        var request = new UpdateUserRequest
        {
            UserId = new string('u', 26),
            Type = UserType.AppUser,
            FirstName = new string('a', 50),
            LastName = "L",
            ApiAccess = ApiAccess.Enabled,
            ApiAccessPrincipalArn = RoleArn,
            ClientToken = new string('t', 128),
        };

        Assert.Empty(request.Validate());
    }

    [Fact]
    public void EveryViolationIsReportedAtOnceWithItsPathAndKind()
    {
        var request = new UpdateUserRequest
        {
            UserId = "",
            FirstName = "   ",
            LastName = new string('x', 51),
            ApiAccessPrincipalArn = "arn:bad",
            ClientToken = new string('t', 129),
        };

        var errors = request.Validate();

        Assert.Equal(
            [
                ("UserId", ValidationErrorKind.Length),
                ("UserId", ValidationErrorKind.Pattern),
                ("FirstName", ValidationErrorKind.Pattern),
                ("LastName", ValidationErrorKind.Length),
                ("ApiAccessPrincipalArn", ValidationErrorKind.Length),
                ("ApiAccessPrincipalArn", ValidationErrorKind.Pattern),
                ("ClientToken", ValidationErrorKind.Length),
            ],
            errors.Select(e => (e.Path, e.Kind)));
        Assert.Equal("must have between 1 and 26 characters.", errors[0].Message);
        Assert.Equal("must have between 1 and 50 characters.", errors[3].Message);
        Assert.Equal("must have between 20 and 2048 characters.", errors[4].Message);
        Assert.Equal("must have between 1 and 128 characters.", errors[6].Message);
    }

    [Fact]
    public void RequiredMemberSetToNullIsReported()
    {
        // The compiler makes callers set UserId; null! gets past it, and validation still catches it.
        var request = new UpdateUserRequest { UserId = null! };

        var error = Assert.Single(request.Validate());

        Assert.Equal(("UserId", ValidationErrorKind.Required, "is required."), (error.Path, error.Kind, error.Message));
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void LengthCountsUnicodeCodePointsSoAnEmojiCountsAsOne(int emojis, bool valid)
    {
        var name = string.Concat(Enumerable.Repeat("\U0001F600", emojis));
        Assert.Equal(emojis * 2, name.Length);

        var errors = new UpdateUserRequest { UserId = "u-1", FirstName = name }.Validate();

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal(("FirstName", ValidationErrorKind.Length), errors.Select(e => (e.Path, e.Kind)).Single());
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void IntegerRangeIsInclusive(int maxResults, bool valid)
    {
        var errors = new ListUsersRequest { MaxResults = maxResults }.Validate();

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal(("MaxResults", ValidationErrorKind.Range, "must be between 1 and 100."), (error.Path, error.Kind, error.Message));
        }
    }

    [Fact]
    public void LongRangeIsCheckedWhenSet()
    {
        var error = Assert.Single(new GetProgrammaticAccessCredentialsRequest { EnvironmentId = "env", DurationInMinutes = 61 }.Validate());

        Assert.Equal(("DurationInMinutes", ValidationErrorKind.Range, "must be between 1 and 60."), (error.Path, error.Kind, error.Message));
    }

    [Fact]
    public void OptionalNumberWhoseRangeExcludesZeroIsUnsetByDefaultAndValid()
    {
        // SessionDuration is 1-60 with no default in the Smithy model: unset must not mean an invalid 0.
        var request = new GetProgrammaticAccessCredentialsRequest { EnvironmentId = "env" };

        Assert.Null(request.DurationInMinutes);
        Assert.Empty(request.Validate());
    }

    [Fact]
    public void NestedStructuresAndListsAreValidatedWithIndexedPaths()
    {
        var request = new CreateDatasetRequest
        {
            DatasetTitle = "Trades",
            Kind = DatasetKind.Tabular,
            PermissionGroupParams = new PermissionGroupParams { PermissionGroupId = "" },
            SchemaDefinition = new SchemaUnion
            {
                TabularSchemaConfig = new SchemaDefinition
                {
                    Columns =
                    [
                        new ColumnDefinition { ColumnName = "id" },
                        new ColumnDefinition { ColumnName = "price" },
                        new ColumnDefinition { ColumnName = " ", ColumnDescription = new string('d', 513) },
                    ],
                    PrimaryKeyColumns = ["id", new string('k', 127)],
                },
            },
        };

        var errors = request.Validate();

        Assert.Equal(
            [
                ("PermissionGroupParams.PermissionGroupId", ValidationErrorKind.Length),
                ("PermissionGroupParams.PermissionGroupId", ValidationErrorKind.Pattern),
                ("SchemaDefinition.TabularSchemaConfig.Columns[2].ColumnName", ValidationErrorKind.Pattern),
                ("SchemaDefinition.TabularSchemaConfig.Columns[2].ColumnDescription", ValidationErrorKind.Length),
                ("SchemaDefinition.TabularSchemaConfig.PrimaryKeyColumns[1]", ValidationErrorKind.Length),
            ],
            errors.Select(e => (e.Path, e.Kind)));
    }

    [Fact]
    public void MapKeysAndValuesAreValidatedWithKeyedPaths()
    {
        var request = new CreateChangesetRequest
        {
            DatasetId = "ds-1",
            ChangeType = ChangeType.Replace,
            SourceParams = new Dictionary<string, string> { ["s3SourcePath"] = "s3://bucket/key", [" "] = "ok" },
            FormatParams = new Dictionary<string, string> { ["formatType"] = new string('v', 1001) },
        };

        var errors = request.Validate();

        Assert.Equal(
            [
                ("SourceParams[\" \"]", ValidationErrorKind.Pattern),
                ("FormatParams[\"formatType\"]", ValidationErrorKind.Length),
            ],
            errors.Select(e => (e.Path, e.Kind)));
    }

    [Fact]
    public void EnsureValidThrowsRequestValidationExceptionListingEveryViolation()
    {
        var request = new UpdateUserRequest { UserId = "", ClientToken = "" };

        var exception = Assert.Throws<RequestValidationException>(request.EnsureValid);

        Assert.Equal("UpdateUserRequest", exception.TypeName);
        Assert.Equal(request.Validate(), exception.Errors);
        Assert.Equal(4, exception.Errors.Count);
        Assert.StartsWith("UpdateUserRequest is invalid (4 violations):", exception.Message);
        Assert.Contains("UserId: must have between 1 and 26 characters.", exception.Message);
        Assert.Contains("ClientToken: must have between 1 and 128 characters.", exception.Message);
    }

    [Fact]
    public void ClientSideValidationExceptionIsNotTheModelledValidationException()
    {
        var request = new UpdateUserRequest { UserId = "" };

        var exception = Record.Exception(request.EnsureValid);

        // The modelled FinSpace.Data.ValidationException is an error the service returns; the client-side
        // one is a runtime type, so catching one never catches the other.
        Assert.IsType<RequestValidationException>(exception);
        Assert.IsNotAssignableFrom<FinSpace.Data.ValidationException>(exception);
        Assert.IsNotAssignableFrom<FinSpaceDataException>(exception);
        Assert.IsNotAssignableFrom<ServiceException>(exception);
        Assert.IsAssignableFrom<ArgumentException>(exception);
        Assert.False(typeof(RequestValidationException).IsAssignableFrom(typeof(FinSpace.Data.ValidationException)));
    }

    [Fact]
    public void ViolationMessagesNeverContainTheSensitiveValue()
    {
        var secret = "Secret Name That Is Far Too Long For The FirstName Member";
        var request = new UpdateUserRequest { UserId = "u-1", FirstName = secret };

        var exception = Assert.Throws<RequestValidationException>(request.EnsureValid);

        Assert.Equal("FirstName", Assert.Single(exception.Errors).Path);
        Assert.DoesNotContain(secret, exception.Message);
        Assert.DoesNotContain(secret, exception.Errors.Single().Message);
    }
}
