using System.Linq;
using Xunit;
using static CodeGen.Generator.Tests.Smithy.SmithyText;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Malformed Smithy ASTs give located diagnostics, never a generator failure (CG0007).</summary>
public class SmithyMalformedModelTests
{
    [Theory]
    [InlineData("{ \"smithy\": 2 }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\" }", "CG0003")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": [] }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#A\": 1 } }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#A\": {} } }", "CG0003")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"NoNamespace\": { \"type\": \"string\" } } }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#S\": { \"type\": \"service\", \"operations\": 5, \"traits\": { \"aws.protocols#restJson1\": {} } } } }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#S\": { \"type\": \"service\", \"operations\": [\"x\"], \"traits\": { \"aws.protocols#restJson1\": {} } } } }", "CG0008")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#S\": { \"type\": \"service\", \"resources\": [{ \"target\": \"com.example#S\" }], \"traits\": { \"aws.protocols#restJson1\": {} } } } }", "CG0025")]
    [InlineData("{ \"smithy\": \"2.0\", \"shapes\": { \"com.example#S\": { \"type\": \"service\", \"traits\": \"none\" } } }", "CG0008")]
    public void MalformedAstIsReportedNotThrown(string text, string expectedId)
    {
        var result = Read(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Id == "CG0007");
        Assert.Contains(result.Diagnostics, d => d.Descriptor.Id == expectedId);
    }

    [Theory]
    [InlineData("\"x\": 1")]
    [InlineData("\"x\": { }")]
    [InlineData("\"x\": { \"target\": 7 }")]
    [InlineData("\"x\": { \"target\": \"smithy.api#String\", \"traits\": [] }")]
    [InlineData("\"x\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#default\": {}, \"smithy.api#required\": true, \"smithy.api#httpQuery\": 1 } }")]
    [InlineData("\"x\": { \"target\": \"com.example#E\" }")]
    [InlineData("\"x\": { \"target\": \"com.example#L\" }")]
    [InlineData("\"x\": { \"target\": \"com.example#M\" }")]
    public void MalformedMembersAreReportedNotThrown(string member)
    {
        var text = Ast(GetThing(outputMembers: member) + """
            ,
            "com.example#E": { "type": "intEnum", "members": { "A": { "target": "smithy.api#Unit" }, "B": { "target": "smithy.api#Unit", "traits": { "smithy.api#enumValue": "b" } } } },
            "com.example#L": { "type": "list" },
            "com.example#M": { "type": "map", "key": { "target": "smithy.api#String" }, "value": 3 }
            """);

        var result = Read(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Id == "CG0007");
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location));
    }
}
