using System.Linq;
using Xunit;
using static CodeGen.Generator.Tests.Smithy.SmithyText;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Bad Smithy models: each problem is one diagnostic, with its id, message and line/column in the AST file.</summary>
public class SmithyDiagnosticsTests
{
    [Fact]
    public void UnsupportedSmithyVersionIsReportedAtTheVersion()
    {
        var text = """
            {
              "smithy": "1.0",
              "shapes": {}
            }
            """;

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0020",
            "The Smithy model declares version '1.0'; CodeGen reads Smithy 2.0 JSON AST models (\"smithy\": \"2.0\")",
            Position(text, "\"1.0\""));
    }

    [Fact]
    public void SmithyVersionTwoWithoutMinorIsAccepted()
    {
        var text = Ast(GetThing()).Replace("\"smithy\": \"2.0\"", "\"smithy\": \"2\"");

        var result = Read(text);

        Assert.True(result.Spec is not null, Describe(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ModelWithoutServiceShapeIsReportedAtItsShapes()
    {
        var text = """
            {
              "smithy": "2.0",
              "shapes": {
                "com.example#Thing": { "type": "structure", "members": {} }
              }
            }
            """;

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0021",
            "The Smithy model defines no shape of type 'service', so there is no client to generate",
            Position(text, "\"shapes\""));
    }

    [Fact]
    public void SeveralServiceShapesAreReportedWithHowToChooseOne()
    {
        var text = Ast(GetThing() + """
            ,
            "com.example#Other": { "type": "service", "version": "1" }
            """);

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0022",
            "The Smithy model defines 2 service shapes ('com.example#Example', 'com.example#Other'); set the ServiceModel item's Service metadata to the one to generate, for example Service=\"com.example#Example\"",
            Position(text, "\"com.example#Other\""));
    }

    [Fact]
    public void ServiceMetadataChoosesOneOfSeveralServiceShapes()
    {
        var text = Ast(GetThing() + """
            ,
            "com.example#Other": {
              "type": "service",
              "version": "1",
              "traits": { "aws.api#service": { "sdkId": "Other" }, "aws.protocols#awsJson1_1": {} }
            }
            """);

        var byName = Read(text, service: "Other");
        var byId = Read(text, service: "com.example#Example");

        Assert.True(byName.Spec is not null, Describe(byName));
        Assert.Equal("Other", byName.Spec!.Names.ClientName);
        Assert.Empty(byName.Spec.Operations);
        Assert.True(byId.Spec is not null, Describe(byId));
        Assert.Equal("GetThing", Assert.Single(byId.Spec!.Operations).Name);
    }

    [Fact]
    public void ServiceMetadataNamingNoServiceShapeListsTheServices()
    {
        var text = Ast(GetThing());

        var result = Read(text, service: "Nope");

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0023",
            "The Service metadata names 'Nope', which is not a service shape of the model (service shapes: 'com.example#Example')",
            Position(text, "\"com.example#Example\""));
    }

    [Fact]
    public void ShapeIdThatResolvesToNothingIsReportedWhereItIsWritten()
    {
        var text = Ast(GetThing(outputMembers: "\"size\": { \"target\": \"com.example#Missing\" }"));

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0024",
            "Shape id 'com.example#Missing', referenced by member 'size' of 'com.example#GetThingOutput', resolves to no shape in the model or the Smithy prelude",
            Position(text, "\"com.example#Missing\""));
    }

    [Fact]
    public void OperationListingAMissingShapeIsReported()
    {
        var text = Ast(GetThing(), operations: "\"com.example#GetThing\", \"com.example#Gone\"");

        var result = Read(text);

        AssertSingleDiagnostic(result, "CG0024",
            "Shape id 'com.example#Gone', referenced by the operations of service 'com.example#Example', resolves to no shape in the model or the Smithy prelude",
            Position(text, "\"com.example#Gone\""));
    }

    [Fact]
    public void MemberTargetingAnOperationIsReported()
    {
        var text = Ast(GetThing(outputMembers: "\"op\": { \"target\": \"com.example#GetThing\" }"));

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0025",
            "Member 'op' of 'com.example#GetThingOutput' targets 'com.example#GetThing', which is an operation, but must target a data shape",
            Position(text, "\"com.example#GetThing\"", occurrence: 2));
    }

    [Fact]
    public void MemberTargetingAServiceOrResourceIsReported()
    {
        var text = Ast(GetThing(outputMembers: """
            "svc": { "target": "com.example#Example" },
            "res": { "target": "com.example#Thing" }
            """) + """
            ,
            "com.example#Thing": { "type": "resource" }
            """);

        var result = Read(text);

        Assert.Null(result.Spec);
        Assert.Equal(new[] { "CG0025", "CG0025" }, result.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Contains("which is a service, but must target a data shape", result.Diagnostics[0].ToDiagnostic().GetMessage());
        Assert.Contains("which is a resource, but must target a data shape", result.Diagnostics[1].ToDiagnostic().GetMessage());
    }

    [Fact]
    public void MixinCycleIsReportedAtTheReferenceThatClosesIt()
    {
        var text = Ast(GetThing(outputMembers: "\"a\": { \"target\": \"com.example#A\" }") + """
            ,
            "com.example#A": {
              "type": "structure",
              "mixins": [{ "target": "com.example#B" }],
              "members": {},
              "traits": { "smithy.api#mixin": {} }
            },
            "com.example#B": {
              "type": "structure",
              "mixins": [{ "target": "com.example#A" }],
              "members": {},
              "traits": { "smithy.api#mixin": {} }
            }
            """);

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0026",
            "Shape 'com.example#A' mixes itself in through 'com.example#A' -> 'com.example#B' -> 'com.example#A'",
            Position(text, "\"com.example#A\" }]"));
    }

    [Fact]
    public void ServiceWithoutProtocolTraitIsReported()
    {
        var text = Ast(GetThing(), serviceTraits: "\"aws.api#service\": { \"sdkId\": \"Example\" }");

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0027",
            "Service 'com.example#Example' has no protocol trait; CodeGen needs aws.protocols#restJson1, aws.protocols#awsJson1_0 or aws.protocols#awsJson1_1",
            Position(text, "\"com.example#Example\""));
    }

    [Fact]
    public void UnsupportedProtocolTraitIsReportedAtTheTrait()
    {
        var text = Ast(GetThing(), serviceTraits: "\"aws.api#service\": { \"sdkId\": \"Example\" }, \"aws.protocols#restXml\": {}");

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0004",
            "The service uses protocol 'restXml', which CodeGen does not support (supported: restJson1, awsJson1_0, awsJson1_1)",
            After(text, "\"aws.protocols#restXml\": "));
    }

    [Fact]
    public void KnownTraitWithBadValueIsReportedAndReadingGoesOn()
    {
        var text = Ast(GetThing(outputMembers: "\"name\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#length\": \"ten\" } }"));

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0008",
            "Trait 'smithy.api#length' of member 'name' of 'com.example#GetThingOutput' must be an object, but is a string",
            Position(text, "\"ten\""));
    }

    [Fact]
    public void KnownTraitWithBadFieldIsReportedAtTheField()
    {
        var text = Ast(GetThing(outputMembers: "\"name\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#length\": { \"max\": \"ten\" } } }"));

        var result = Read(text);

        AssertSingleDiagnostic(result, "CG0008",
            "Field 'max' of trait 'smithy.api#length' of member 'name' of 'com.example#GetThingOutput' must be an integer, but is a string",
            Position(text, "\"ten\""));
    }

    [Fact]
    public void ErrorTraitWithUnknownValueIsReported()
    {
        var text = Ast(GetThing(outputMembers: "\"e\": { \"target\": \"com.example#Oops\" }") + """
            ,
            "com.example#Oops": { "type": "structure", "members": {}, "traits": { "smithy.api#error": "sometimes" } }
            """);

        var result = Read(text);

        AssertSingleDiagnostic(result, "CG0008",
            "Trait 'smithy.api#error' of shape 'com.example#Oops' must be \"client\" or \"server\", but is 'sometimes'",
            Position(text, "\"sometimes\""));
    }

    [Fact]
    public void UnknownTraitsAreIgnored()
    {
        var text = Ast(GetThing(
            inputMembers: "\"id\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#required\": {}, \"smithy.api#httpLabel\": {}, \"com.example#custom\": [1, 2] } }",
            operationTraits: "\"smithy.waiters#waitable\": { \"Ready\": {} }, \"smithy.api#examples\": 42"));

        var result = Read(text);

        Assert.True(result.Spec is not null, Describe(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void UnknownOperationInTheFilterNamesTheClosestOperations()
    {
        var text = Ast(GetThing());

        var result = Read(text, null, "GetThings");

        AssertSingleDiagnostic(result, "CG0009",
            "The Operations metadata names 'GetThings', which the model does not define; did you mean 'GetThing'?",
            Position(text, "\"com.example#Example\""));
    }

    [Fact]
    public void RestJsonOperationWithoutHttpTraitIsReportedAtTheOperation()
    {
        var text = Ast("""
            "com.example#GetThing": { "type": "operation" }
            """);

        var result = Read(text);

        Assert.Null(result.Spec);
        AssertSingleDiagnostic(result, "CG0003",
            "Operation 'com.example#GetThing' of a restJson1 service is missing the required field 'smithy.api#http'",
            Position(text, "\"com.example#GetThing\"", occurrence: 1));
    }

    [Fact]
    public void ApplyToAMissingShapeIsReported()
    {
        var text = Ast(GetThing() + """
            ,
            "com.example#Nowhere$x": { "type": "apply", "traits": { "smithy.api#documentation": "x" } }
            """);

        var result = Read(text);

        AssertSingleDiagnostic(result, "CG0024",
            "Shape id 'com.example#Nowhere$x', referenced by an apply statement, resolves to no shape in the model or the Smithy prelude",
            Position(text, "\"com.example#Nowhere$x\""));
    }

    /// <summary>The position just after <paramref name="prefix"/>, where the value it introduces starts.</summary>
    private static (int Line, int Column) After(string text, string prefix)
    {
        var (line, column) = Position(text, prefix);
        return (line, column + prefix.Length);
    }
}
