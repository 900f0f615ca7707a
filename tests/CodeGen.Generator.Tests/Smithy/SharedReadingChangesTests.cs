using System.Linq;
using CodeGen.Generator.Model;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// The changes to shared code that make both formats read the same fact the same way (docs/smithy.md,
/// "Changes to shared code"), checked on small botocore models.
/// </summary>
public class SharedReadingChangesTests
{
    private const string Botocore = """
        {
          "metadata": { "apiVersion": "1", "endpointPrefix": "ex", "protocol": "rest-json", "serviceId": "Ex" },
          "operations": {
            "Get": { "name": "Get", "http": { "method": "GET", "requestUri": "/" }, "input": { "shape": "GetInput" } },
            "Put": { "name": "Put", "http": { "method": "PUT", "requestUri": "/", "responseCode": 204 } }
          },
          "shapes": {
            "GetInput": {
              "type": "structure",
              "members": {
                "Count": { "shape": "Count" },
                "Size": { "shape": "Size" },
                "Negative": { "shape": "Negative" },
                "Name": { "shape": "Name" },
                "Free": { "shape": "Free" }
              }
            },
            "Count": { "type": "integer", "min": 1, "max": 60 },
            "Size": { "type": "integer", "min": 0, "max": 60 },
            "Negative": { "type": "long", "max": -1 },
            "Name": { "type": "string", "min": 0, "max": 10 },
            "Free": { "type": "string", "min": 0 }
          }
        }
        """;

    private static ServiceSpec Spec()
    {
        var result = ModelSpecs.ReadText(Botocore);
        Assert.True(result.Spec is not null, SmithyText.Describe(result));
        return result.Spec!;
    }

    [Fact]
    public void OperationWithoutSuccessCodeHas200()
    {
        var spec = Spec();

        Assert.Equal(200, spec.Operations.Single(o => o.Name == "Get").Http.ResponseCode);
        Assert.Equal(204, spec.Operations.Single(o => o.Name == "Put").Http.ResponseCode);
    }

    [Fact]
    public void MinimumLengthOfZeroIsNoConstraint()
    {
        var members = Spec().Structures.Single().Members;

        Assert.Equal(new Constraints(MaxLength: 10), members.Single(m => m.Name == "Name").Type.Constraints);
        Assert.Null(members.Single(m => m.Name == "Free").Type.Constraints);
    }

    [Fact]
    public void PrimitiveMembersAreNullableWhateverTheirRange()
    {
        // botocore states no defaults: an unset number is absent, not zero (Size's range even allows 0).
        var members = Spec().Structures.Single().Members;

        Assert.All(members, m => Assert.True(m.IsNullable, m.Name));
        Assert.All(members, m => Assert.False(m.IsRequired, m.Name));
    }

    [Fact]
    public void ResultKeysAreReadAsAList()
    {
        var definition = ModelSpecs.ReadDefinitionText(Botocore, """
            { "pagination": { "Get": { "input_token": "Name", "output_token": "Name", "result_key": ["Items", "Count"] } } }
            """);

        Assert.Equal(new[] { "Items", "Count" }, definition.Operations.Single(o => o.Name == "Get").Paginator!.ResultKeys);
    }
}
