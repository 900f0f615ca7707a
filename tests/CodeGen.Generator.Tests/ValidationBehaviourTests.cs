using System;
using System.Linq;
using System.Reflection;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.Validation;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Validation of constraint kinds FinSpace Data does not have (list and map sizes, blob lengths, float,
/// decimal and negative ranges, lists of lists, maps of structures, union cases), through code generated
/// from a small inline model, compiled in memory and loaded. FinSpace's own kinds are tested as normal
/// C# in CodeGen.FinSpaceData.Tests.
/// </summary>
public class ValidationBehaviourTests
{
    private const string Shapes = """
        "PutThingsInput": {
          "type": "structure",
          "required": ["Items"],
          "members": {
            "Items": { "shape": "ItemList" },
            "Matrix": { "shape": "Matrix" },
            "ByKey": { "shape": "ItemMap" },
            "Payload": { "shape": "Payload" },
            "Price": { "shape": "Price" },
            "Offset": { "shape": "Offset" },
            "Ratio": { "shape": "Ratio" },
            "Choice": { "shape": "Choice" },
            "Count": { "shape": "Cell" },
            "Level": { "shape": "Level" }
          }
        },
        "ItemList": { "type": "list", "member": { "shape": "Item" }, "min": 1, "max": 3 },
        "Item": {
          "type": "structure",
          "required": ["Name"],
          "members": {
            "Name": { "shape": "ItemName" },
            "Weight": { "shape": "Weight" }
          }
        },
        "ItemName": { "type": "string", "min": 1, "max": 5, "pattern": "^[a-z]+$" },
        "Weight": { "type": "double", "box": true, "min": 0.5, "max": 10.5 },
        "Matrix": { "type": "list", "member": { "shape": "Row" } },
        "Row": { "type": "list", "member": { "shape": "Cell" }, "max": 2 },
        "Cell": { "type": "integer", "min": 0, "max": 9 },
        "ItemMap": { "type": "map", "key": { "shape": "ItemKey" }, "value": { "shape": "Item" }, "max": 2 },
        "ItemKey": { "type": "string", "pattern": "^k[0-9]+$" },
        "Level": { "type": "integer", "min": 1, "max": 5 },
        "Payload": { "type": "blob", "min": 1, "max": 4 },
        "Price": { "type": "bigdecimal", "box": true, "min": 0, "max": 99.99 },
        "Offset": { "type": "long", "box": true, "min": -5, "max": 5 },
        "Ratio": { "type": "float", "box": true, "min": 0, "max": 1 },
        "Choice": {
          "type": "structure",
          "union": true,
          "members": {
            "Text": { "shape": "ItemName" },
            "Number": { "shape": "Cell" }
          }
        }
        """;

    private const string Ns = "Validation.Sample";

    private static readonly Lazy<GeneratedAssembly> s_assembly = new(() => GeneratedAssembly.Build(
        BotocoreModel.Input(
            BotocoreModel.Service(Shapes, BotocoreModel.Operation("PutThings", "PutThingsInput")),
            new System.Collections.Generic.Dictionary<string, string> { ["Namespace"] = Ns }),
        Ns));

    private static GeneratedAssembly Generated => s_assembly.Value;

    [Fact]
    public void ValidObjectHasNoViolations()
    {
        var input = Generated.Create("PutThingsInput",
            ("Items", Items(Item("abc", 0.5), Item("z", 10.5))),
            ("Matrix", GeneratedAssembly.List(typeof(System.Collections.Generic.IReadOnlyList<int>), Cells(0, 9), Cells())),
            ("ByKey", GeneratedAssembly.Map(Generated.TypeOf("Item"), ("k1", Item("a", null)))),
            ("Payload", (ReadOnlyMemory<byte>?)new byte[] { 1, 2, 3, 4 }),
            ("Price", 99.99m),
            ("Offset", -5L),
            ("Ratio", 1f),
            ("Choice", Generated.Case("Choice", "Text", "abcde")));

        Assert.Empty(GeneratedAssembly.Validate(input));
    }

    [Fact]
    public void ValidatingAValidObjectAllocatesNothing()
    {
        // Nested structures, lists of lists, a map of structures and a union: paths are built only for violations.
        var input = Generated.Create("PutThingsInput",
            ("Items", Items(Item("abc", 0.5), Item("z", 10.5))),
            ("Matrix", GeneratedAssembly.List(typeof(System.Collections.Generic.IReadOnlyList<int>), Cells(0, 9), Cells())),
            ("ByKey", GeneratedAssembly.Map(Generated.TypeOf("Item"), ("k1", Item("a", null)), ("k2", Item("b", 1.0)))),
            ("Choice", Generated.Case("Choice", "Text", "abcde")));
        var ensureValid = (Action)Delegate.CreateDelegate(typeof(Action), input, input.GetType().GetMethod("EnsureValid")!);
        ensureValid(); // the first call creates the thread's collector and compiles the patterns

        var before = GC.GetAllocatedBytesForCurrentThread();
        ensureValid();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void EveryViolationIsReportedAtOnceWithItsPath()
    {
        var input = Generated.Create("PutThingsInput",
            ("Items", Items(Item("abc", 11.0), Item("ok", null), Item("ABC", null), Item(null, null))),
            ("Matrix", GeneratedAssembly.List(typeof(System.Collections.Generic.IReadOnlyList<int>), Cells(1), Cells(10, 0, 3))),
            ("ByKey", GeneratedAssembly.Map(Generated.TypeOf("Item"), ("bad", Item("TooLong", null)))),
            ("Payload", (ReadOnlyMemory<byte>?)new byte[5]),
            ("Price", 100.5m),
            ("Offset", -6L),
            ("Ratio", 1.5f),
            ("Choice", Generated.Case("Choice", "Number", 12)));

        var errors = GeneratedAssembly.Validate(input);

        Assert.Equal(
            [
                "Items Length: must have between 1 and 3 entries.",
                "Items[0].Weight Range: must be between 0.5 and 10.5.",
                "Items[2].Name Pattern: must match the pattern ^[a-z]+$.",
                "Items[3].Name Required: is required.",
                "Matrix[1] Length: must have at most 2 entries.",
                "Matrix[1][0] Range: must be between 0 and 9.",
                "ByKey[\"bad\"] Pattern: must match the pattern ^k[0-9]+$.",
                "ByKey[\"bad\"].Name Length: must have between 1 and 5 characters.",
                "ByKey[\"bad\"].Name Pattern: must match the pattern ^[a-z]+$.",
                "Payload Length: must have between 1 and 4 bytes.",
                "Price Range: must be between 0 and 99.99.",
                "Offset Range: must be between -5 and 5.",
                "Ratio Range: must be between 0 and 1.",
                "Choice.Number Range: must be between 0 and 9.",
            ],
            GeneratedAssembly.Describe(errors));
    }

    [Fact]
    public void MissingRequiredListIsReportedAndOptionalMembersAreNotChecked()
    {
        var input = Generated.Create("PutThingsInput", ("Items", null));

        var error = Assert.Single(GeneratedAssembly.Validate(input));

        Assert.Equal(("Items", ValidationErrorKind.Required), (error.Path, error.Kind));
    }

    [Fact]
    public void MapWithTooManyEntriesIsALengthViolation()
    {
        var input = Generated.Create("PutThingsInput",
            ("Items", Items(Item("a", null))),
            ("ByKey", GeneratedAssembly.Map(Generated.TypeOf("Item"), ("k1", Item("a", null)), ("k2", Item("b", null)), ("k3", Item("c", null)))));

        var error = Assert.Single(GeneratedAssembly.Validate(input));

        Assert.Equal("ByKey Length: must have at most 2 entries.", GeneratedAssembly.Describe([error]).Single());
    }

    [Fact]
    public void EnsureValidThrowsTheRuntimeValidationExceptionListingEveryViolation()
    {
        var input = Generated.Create("PutThingsInput", ("Items", Items(Item("ABC", null))), ("Offset", 6L));
        var ensureValid = input.GetType().GetMethod("EnsureValid")!;

        var exception = Assert.IsType<RequestValidationException>(
            Assert.Throws<TargetInvocationException>(() => ensureValid.Invoke(input, null)).InnerException);

        Assert.Equal("PutThingsInput", exception.TypeName);
        Assert.Equal(GeneratedAssembly.Describe(GeneratedAssembly.Validate(input)), GeneratedAssembly.Describe(exception.Errors));
        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("Items[0].Name", exception.Message);
        Assert.Contains("Offset", exception.Message);
    }

    [Fact]
    public void UnboxedNumberGetsAZeroDefaultOnlyWhenItsRangeAllowsZero()
    {
        // botocore's unboxed numbers carry Smithy's zero default, but Smithy rejects a default outside
        // the range, so a 1-5 number stays optional rather than defaulting to an invalid 0.
        var type = Generated.TypeOf("PutThingsInput");
        var input = Generated.Create("PutThingsInput", ("Items", Items(Item("a", null))));

        Assert.Equal(typeof(int), type.GetProperty("Count")!.PropertyType);
        Assert.Equal(0, type.GetProperty("Count")!.GetValue(input));
        Assert.Equal(typeof(int?), type.GetProperty("Level")!.PropertyType);
        Assert.Null(type.GetProperty("Level")!.GetValue(input));
        Assert.Empty(GeneratedAssembly.Validate(input));

        type.GetProperty("Level")!.SetValue(input, 0);
        Assert.Equal("Level Range: must be between 1 and 5.", GeneratedAssembly.Describe(GeneratedAssembly.Validate(input)).Single());
    }

    private static Array Items(params object[] items) => GeneratedAssembly.List(Generated.TypeOf("Item"), items);

    private static object Item(string? name, double? weight) =>
        Generated.Create("Item", ("Name", name), ("Weight", weight));

    private static Array Cells(params int[] cells) => GeneratedAssembly.List(typeof(int), cells.Cast<object>().ToArray());
}
