using System;
using System.Linq;
using System.Reflection;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Model names that are awkward in C#: keywords, names that clash with their type, with inherited or
/// generated members, with each other after PascalCasing, or with CodeGen's own type names. Everything
/// must compile warning-free and land on predictable names.
/// </summary>
public class NamingTests
{
    private const string Shapes = """
        "DoThingInput": {
          "type": "structure",
          "members": {
            "class": { "shape": "Text" },
            "namespace": { "shape": "Text" },
            "doThingInput": { "shape": "Text" },
            "toString": { "shape": "Text" },
            "equalityContract": { "shape": "Text" },
            "validate": { "shape": "Text" },
            "foo_bar": { "shape": "Text" },
            "fooBar": { "shape": "Text" },
            "1stPlace": { "shape": "Text" },
            "item": { "shape": "Item" },
            "size": { "shape": "Size" },
            "client": { "shape": "SampleClient" }
          }
        },
        "Item": {
          "type": "structure",
          "members": {
            "item": { "shape": "Text" }
          }
        },
        "SampleClient": {
          "type": "structure",
          "members": {
            "name": { "shape": "Text" }
          }
        },
        "Size": {
          "type": "string",
          "enum": ["t2.micro", "T2_MICRO", "1.0", "10", "value", "*"]
        },
        "BadThing": {
          "type": "structure",
          "members": {
            "message": { "shape": "Text" },
            "data": { "shape": "Text" },
            "source": { "shape": "Text" },
            "statusCode": { "shape": "Text" },
            "requestId": { "shape": "Text" }
          },
          "error": { "httpStatusCode": 400 },
          "exception": true
        },
        "Text": { "type": "string" }
        """;

    private static readonly Lazy<GeneratedAssembly> s_assembly = new(() => GeneratedAssembly.Build(
        BotocoreModel.Input(BotocoreModel.Service(Shapes, """
            "DoThing": {
              "name": "DoThing",
              "http": { "method": "POST", "requestUri": "/" },
              "input": { "shape": "DoThingInput" },
              "errors": [{ "shape": "BadThing" }]
            }
            """)),
        "Consumer.Sample"));

    [Fact]
    public void MembersArePascalCasedAndKeywordsNeedNoEscapeOnceCapitalized()
    {
        var properties = Properties("DoThingInput");

        Assert.Contains("Class", properties);
        Assert.Contains("Namespace", properties);
        Assert.Contains("_1stPlace", properties);
    }

    [Fact]
    public void MembersThatWouldClashWithTheTypeOrGeneratedMembersAreRenamed()
    {
        var properties = Properties("DoThingInput");

        // A member may not share its type's name (CS0542), nor hide ToString, EqualityContract or Validate.
        Assert.Contains("DoThingInputValue", properties);
        Assert.Contains("ToStringValue", properties);
        Assert.Contains("EqualityContractValue", properties);
        Assert.Contains("ValidateValue", properties);
        Assert.Contains("ItemValue", Properties("Item"));
    }

    [Fact]
    public void MembersEqualAfterPascalCasingGetDistinctNames()
    {
        var properties = Properties("DoThingInput");

        Assert.Contains("FooBar", properties);
        Assert.Contains("FooBarValue", properties);
    }

    [Fact]
    public void ExceptionMembersThatWouldHideExceptionOrServiceExceptionMembersAreRenamed()
    {
        var properties = Properties("BadThing");

        Assert.Contains("DataValue", properties);
        Assert.Contains("SourceValue", properties);
        Assert.Contains("StatusCodeValue", properties);
        Assert.Contains("RequestIdValue", properties);
        Assert.DoesNotContain("MessageValue", properties);
    }

    [Fact]
    public void ShapesNamedLikeCodeGensOwnTypesGiveWay()
    {
        Assert.NotNull(s_assembly.Value.Assembly.GetType("Consumer.Sample.SampleClientModel"));
        Assert.True(typeof(IDisposable).IsAssignableFrom(s_assembly.Value.Assembly.GetType("Consumer.Sample.SampleClient")));
    }

    [Fact]
    public void EnumValuesAreNamedFromTheirValuesAndKeptApart()
    {
        var size = s_assembly.Value.Assembly.GetType("Consumer.Sample.Size")!;
        var names = size.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == size)
            .ToDictionary(p => p.Name, p => size.GetProperty("Value")!.GetValue(p.GetValue(null)));

        Assert.Equal("t2.micro", names["T2Micro"]);
        Assert.Equal("T2_MICRO", names["T2MicroValue"]);
        Assert.Equal("1.0", names["Value1_0"]);
        Assert.Equal("10", names["Value10"]);
        Assert.Equal("value", names["ValueValue"]);
        Assert.Contains("*", names.Values);
    }

    private static string[] Properties(string typeName) =>
        s_assembly.Value.Assembly.GetType("Consumer.Sample." + typeName)!
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => p.Name)
            .ToArray();
}

/// <summary>Numbers in the model that C# cannot write as literals of the member's type.</summary>
public class ExtremeBoundsTests
{
    [Fact]
    public void RangeBoundsBeyondTheTypeAreLeftOutAndTheCodeCompiles()
    {
        const string shapes = """
            "DoThingInput": {
              "type": "structure",
              "members": {
                "count": { "shape": "Count" },
                "ratio": { "shape": "Ratio" }
              }
            },
            "Count": { "type": "long", "min": -1e400, "max": 1e30 },
            "Ratio": { "type": "double", "min": -1e400, "max": 2.5 }
            """;

        var assembly = GeneratedAssembly.Build(BotocoreModel.Input(BotocoreModel.Service(shapes)), "Consumer.Sample");
        var tooLarge = assembly.Create("DoThingInput", ("Ratio", (double?)3.0), ("Count", (long?)long.MaxValue));

        Assert.Equal(["Ratio Range: must be at most 2.5."], GeneratedAssembly.Describe(GeneratedAssembly.Validate(tooLarge)));
    }
}
