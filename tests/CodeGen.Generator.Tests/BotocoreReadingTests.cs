using System.Linq;
using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Generator.Tests.Smithy;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The reader accepts what botocore's own loader accepts (forms found in botocore's legacy protocol suites
/// and older models) and reads it as botocore does.
/// </summary>
public class BotocoreReadingTests
{
    private static ServiceSpec Read(string text)
    {
        var result = ModelSpecs.ReadText(text, BotocoreModel.Path);
        Assert.True(result.Spec is not null && result.Diagnostics.IsEmpty, SmithyText.Describe(result));
        return result.Spec!;
    }

    private static string Model(string shapes, string operations, string protocol = "rest-json", string metadata = "", string serviceId = "Sample") =>
        BotocoreModel.Service(shapes, operations, protocol, serviceId).Replace("\"signingName\": \"sample\"", "\"signingName\": \"sample\"" + metadata);

    [Theory]
    [InlineData("json", """ "Ping": { "name": "Ping" } """)]
    [InlineData("json", """ "Ping": { "name": "Ping", "http": { "method": "POST" } } """)]
    [InlineData("rest-json", """ "Ping": { "name": "Ping" } """)]
    public void AnOperationWithoutHttpOrRequestUriIsPostToTheRoot(string protocol, string operation)
    {
        var ping = Read(Model("\"Text\": { \"type\": \"string\" }", operation, protocol)).Operations.Single();

        Assert.Equal(new HttpSpec("POST", "/", 200), ping.Http);
    }

    [Fact]
    public void TheLegacyCharacterTypeIsAString()
    {
        var spec = Read(Model("""
            "Out": { "type": "structure", "members": { "Initial": { "shape": "Char" } } },
            "Char": { "type": "character" }
            """, """ "Get": { "name": "Get", "http": { "method": "GET", "requestUri": "/" }, "output": { "shape": "Out" } } """));

        Assert.Equal(TypeKind.String, spec.Structures.Single().Members.Single().Type.Kind);
    }

    [Fact]
    public void APayloadNamedOnTheInputReferenceIsThePayload()
    {
        var spec = Read(Model("""
            "In": { "type": "structure", "members": { "Data": { "shape": "Bytes" }, "Other": { "shape": "Bytes" } } },
            "Bytes": { "type": "blob" }
            """, """ "Put": { "name": "Put", "http": { "method": "PUT", "requestUri": "/" }, "input": { "shape": "In", "payload": "Data" } } """));

        var members = spec.Structures.Single().Members;
        Assert.Equal(HttpBinding.Payload, members.Single(m => m.Name == "Data").Binding);
        Assert.Equal(HttpBinding.Body, members.Single(m => m.Name == "Other").Binding);
    }

    [Fact]
    public void ALocationOnTheTargetShapeBindsMembersThatStateNone()
    {
        var spec = Read(Model("""
            "Out": {
              "type": "structure",
              "members": {
                "ImaHeader": { "shape": "HeaderShape" },
                "Renamed": { "shape": "HeaderShape", "locationName": "X-Foo" },
                "InBody": { "shape": "Text" }
              }
            },
            "HeaderShape": { "type": "string", "location": "header" },
            "Text": { "type": "string" }
            """, """ "Get": { "name": "Get", "http": { "method": "GET", "requestUri": "/" }, "output": { "shape": "Out" } } """));

        var members = spec.Structures.Single().Members;
        Assert.Equal((HttpBinding.Header, "ImaHeader"), (members[0].Binding, members[0].BindingName));
        Assert.Equal((HttpBinding.Header, "X-Foo"), (members[1].Binding, members[1].BindingName));
        Assert.Equal(HttpBinding.Body, members[2].Binding);
    }

    [Theory]
    [InlineData("DynamoDB", true)]
    [InlineData("Sample", false)]
    public void AStructureAwsModelsAsAUnionIsReadAsOne(string serviceId, bool union)
    {
        // botocore writes DynamoDB's AttributeValue without "union": true; AWS's Smithy model declares it a union.
        var spec = Read(Model("""
            "Out": { "type": "structure", "members": { "Value": { "shape": "AttributeValue" } } },
            "AttributeValue": { "type": "structure", "members": { "S": { "shape": "Text" }, "BOOL": { "shape": "Flag" } } },
            "Text": { "type": "string" },
            "Flag": { "type": "boolean" }
            """, """ "Get": { "name": "Get", "output": { "shape": "Out" } } """, "json", serviceId: serviceId));

        Assert.Equal(union ? TypeKind.Union : TypeKind.Structure, spec.Structures.Single(s => s.ShapeName == "Out").Members.Single().Type.Kind);
    }

    [Theory]
    [InlineData(",\n    \"awsQueryCompatible\": {}", true)]
    [InlineData("", false)]
    public void QueryCompatibilityComesFromTheMetadata(string metadata, bool expected)
    {
        var spec = Read(Model("\"Text\": { \"type\": \"string\" }", """ "Ping": { "name": "Ping" } """, "json", metadata));

        Assert.Equal(expected, spec.Info.IsQueryCompatible);
    }
}
