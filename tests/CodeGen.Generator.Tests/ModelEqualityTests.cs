using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The pipeline's values are value-equal and hold nothing tied to one compilation or parse, which is what
/// lets Roslyn cache them (the System.Text.Json generator's model tests).
/// </summary>
public class ModelEqualityTests
{
    private static readonly ModelOptions s_options = new("FinSpace.Data", null, EquatableArray<string>.Empty, null, "Consumer");

    [Fact]
    public void ReadingTheSameTextTwiceGivesEqualResultsWithEqualHashCodes()
    {
        var first = Read(FinSpaceGeneration.ModelText);
        var second = Read(FinSpaceGeneration.ModelText);

        Assert.NotNull(first.Spec);
        Assert.NotSame(first, second);
        Assert.NotSame(first.Spec, second.Spec);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ReadingAWhitespaceOnlyVariantGivesAnEqualSpec()
    {
        var indented = FinSpaceGeneration.ModelText;
        var compact = JsonNode.Parse(indented)!.ToJsonString();
        Assert.NotEqual(indented, compact);

        var first = Read(indented);
        var second = Read(compact);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ChangingADocumentationStringGivesAnUnequalSpec()
    {
        var text = FinSpaceGeneration.ModelText;
        const string original = "The unique identifier for the user that you want to update.";
        Assert.Contains(original, text);

        var first = Read(text);
        var second = Read(text.Replace(original, "Another description."));

        Assert.NotEqual(first.Spec, second.Spec);
        Assert.Equal(first.Spec!.Enums, second.Spec!.Enums);
        var changed = first.Spec.Structures.Zip(second.Spec.Structures).Where(pair => !pair.First.Equals(pair.Second)).ToList();
        Assert.Equal("UpdateUserRequest", Assert.Single(changed).First.TypeName);
    }

    [Fact]
    public void ReadingTheSameBadModelTwiceGivesEqualDiagnostics()
    {
        var text = BotocoreModel.Service("\"Name\": { \"type\": \"vector\" }");

        var first = Read(text);
        var second = Read(text);

        Assert.Null(first.Spec);
        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void SpecHoldsNoSymbolsCompilationDataParserNodesOrMutableCollections()
    {
        var spec = Read(FinSpaceGeneration.ModelText).Spec;
        Assert.NotNull(spec);

        var visited = ModelGraphWalker.Walk(spec!, nameof(ServiceSpec));

        // The walk really went through the graph: records, members, type refs and constraints.
        Assert.Contains(typeof(MemberSpec), visited);
        Assert.Contains(typeof(TypeRef), visited);
        Assert.Contains(typeof(Constraints), visited);
        Assert.Contains(typeof(EnumValueSpec), visited);
    }

    [Fact]
    public void EmitUnitsHoldNoSymbolsCompilationDataParserNodesOrMutableCollections()
    {
        var spec = Read(FinSpaceGeneration.ModelText).Spec!;

        foreach (var unit in EmitPlanner.Plan(spec))
        {
            ModelGraphWalker.Walk(unit, unit.GetType().Name);
        }
    }

    [Fact]
    public void DiagnosticsHoldOnlyPlainValues()
    {
        var result = Read(BotocoreModel.Service("\"Name\": { \"type\": \"vector\" }"));
        Assert.NotEmpty(result.Diagnostics);

        var visited = ModelGraphWalker.Walk(result, nameof(ModelResult));

        Assert.Contains(typeof(Diagnostics.DiagnosticLocation), visited);
    }

    [Fact]
    public void WalkerRejectsForbiddenFields()
    {
        // The walk must be able to fail, or the tests above prove nothing.
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsList([1]), "list"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsArray(["a"]), "array"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsLocation(Location.None), "location"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsObject(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x")), "compilation"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsObject(new InMemoryAdditionalText("/a", "")), "additional text"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new HoldsObject(JsonNode.Parse("{}")!), "json node"));
        Assert.ThrowsAny<Exception>(() => ModelGraphWalker.Walk(new NotEquatable(), "class without value equality"));
    }

    private static ModelResult Read(string text)
    {
        var paginators = File.ReadAllText(GeneratorHarness.TestDataPath("specs", "finspace-data", "paginators-1.json"));
        var input = new ModelInput(FinSpaceGeneration.ModelPath, text, s_options, FinSpaceGeneration.PaginatorsPath, paginators);
        return ModelReader.Read(input, CancellationToken.None);
    }

    private sealed record HoldsList(List<int> Items);

    private sealed record HoldsArray(string[] Items);

    private sealed record HoldsLocation(Location Location);

    private sealed record HoldsObject(object Value);

    private sealed class NotEquatable
    {
    }
}

/// <summary>
/// Walks every field of a pipeline value's object graph (the System.Text.Json generator's
/// <c>SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData</c>) and fails on anything that would
/// break caching or keep a compilation alive.
/// </summary>
internal static class ModelGraphWalker
{
    private static readonly Type[] s_forbidden =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxTree), typeof(SyntaxNode), typeof(SemanticModel), typeof(Location),
        typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText), typeof(Diagnostic),
        typeof(JsonNode), typeof(System.Text.Json.JsonElement), typeof(System.Text.Json.JsonDocument),
        typeof(Reading.Json.JsonNode), typeof(Reading.Json.JsonProperty),
    ];

    private static readonly Type[] s_forbiddenGenerics =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(ImmutableArray<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>),
    ];

    /// <summary>Walks <paramref name="root"/>; throws naming the path of the first offending field. Returns the types seen.</summary>
    public static HashSet<Type> Walk(object root, string rootName)
    {
        var seen = new HashSet<Type>();
        Visit(root, rootName, seen, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return seen;
    }

    private static void Visit(object value, string path, HashSet<Type> seen, HashSet<object> visited)
    {
        var type = value.GetType();
        if (IsLeaf(type) || !visited.Add(value))
        {
            return;
        }

        seen.Add(type);
        Check(type, path);
        if (!type.IsValueType && !ImplementsEquatableOfItself(type))
        {
            throw new InvalidOperationException($"{path} is a {type.Name}, which has no value equality (IEquatable<{type.Name}>).");
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldPath = path + "." + field.Name;
                var isEquatableArrayStorage = current.IsGenericType && current.GetGenericTypeDefinition() == typeof(EquatableArray<>);
                if (field.FieldType.IsArray && !isEquatableArrayStorage)
                {
                    throw new InvalidOperationException($"{fieldPath} is a raw array ({field.FieldType.Name}); use EquatableArray<T>.");
                }

                Check(field.FieldType, fieldPath);
                if (field.GetValue(value) is not { } fieldValue)
                {
                    continue;
                }

                if (fieldValue is Array array)
                {
                    var index = 0;
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            Visit(item, $"{fieldPath}[{index}]", seen, visited);
                        }

                        index++;
                    }
                }
                else
                {
                    Visit(fieldValue, fieldPath, seen, visited);
                }
            }
        }
    }

    private static void Check(Type type, string path)
    {
        foreach (var forbidden in s_forbidden)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"{path} holds a {type.Name} ({forbidden.Name}), which must not enter the pipeline.");
            }
        }

        if (type.IsGenericType && s_forbiddenGenerics.Contains(type.GetGenericTypeDefinition()))
        {
            throw new InvalidOperationException($"{path} is a {type.Name}, which compares by reference; use EquatableArray<T>.");
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        // Descriptors are static singletons compared by id; Roslyn's own DiagnosticInfo pattern holds them too.
        || type == typeof(DiagnosticDescriptor);

    private static bool ImplementsEquatableOfItself(Type type) =>
        typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
}
