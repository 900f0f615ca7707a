using System.Collections.Generic;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Operations the model marks unauthenticated are sent unsigned; the rest are signed.</summary>
public class OperationAuthTests
{
    public static TheoryData<string> SsoOidcModels => new(
        "TestData/models/botocore/sso-oidc/2019-06-10/service-2.json",   // "authtype": "none", "auth": ["smithy.api#noAuth"]
        "TestData/models/smithy/sso-oidc-2019-06-10.json");              // "smithy.api#auth": [] with optionalAuth

    [Theory]
    [MemberData(nameof(SsoOidcModels))]
    public void UnauthenticatedOperationsOverrideIsSignedAndOthersKeepTheDefault(string model)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Model(model, new Dictionary<string, string> { ["Namespace"] = "Oidc" })]);

        Assert.Contains("public override bool IsSigned => false;", run.Sources["Oidc.Internal.CreateTokenOperation.g.cs"]);
        Assert.Contains("public override bool IsSigned => false;", run.Sources["Oidc.Internal.RegisterClientOperation.g.cs"]);
        Assert.DoesNotContain("IsSigned", run.Sources["Oidc.Internal.CreateTokenWithIAMOperation.g.cs"]);
    }
}
