using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Generated code compiled in memory and loaded, so tests can exercise its behaviour through reflection
/// for models that no consumer project compiles.
/// </summary>
internal sealed class GeneratedAssembly
{
    private GeneratedAssembly(Assembly assembly, string ns)
    {
        Assembly = assembly;
        Namespace = ns;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    /// <summary>Generates, compiles (requiring no warnings or errors) and loads the model's code.</summary>
    public static GeneratedAssembly Build(ModelFileInput model, string ns)
    {
        var run = GeneratorHarness.Run([model]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe(run.GeneratorDiagnostics));
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));

        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, run.Describe(emit.Diagnostics));

        // Loaded into its own context; CodeGen.Runtime resolves to the copy this test process already uses.
        return new GeneratedAssembly(Assembly.Load(stream.ToArray()), ns);
    }

    public Type TypeOf(string name) =>
        Assembly.GetType(Namespace + "." + name.Replace('.', '+'), throwOnError: true)!;

    /// <summary>Creates an instance of generated record <paramref name="typeName"/> and sets the given properties (init accessors included).</summary>
    public object Create(string typeName, params (string Property, object? Value)[] properties)
    {
        var type = TypeOf(typeName);
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in properties)
        {
            var info = type.GetProperty(property) ?? throw new ArgumentException($"{typeName} has no property {property}");
            info.SetValue(instance, value);
        }

        return instance;
    }

    /// <summary>Creates a union case record (a nested type with one Value parameter).</summary>
    public object Case(string unionName, string caseName, object? value) =>
        Activator.CreateInstance(TypeOf(unionName + "." + caseName), value)!;

    /// <summary>A typed list for an <c>IReadOnlyList&lt;T&gt;</c> property.</summary>
    public static Array List(Type elementType, params object?[] items)
    {
        var array = Array.CreateInstance(elementType, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    /// <summary>A typed dictionary for an <c>IReadOnlyDictionary&lt;string, T&gt;</c> property.</summary>
    public static object Map(Type valueType, params (string Key, object? Value)[] entries)
    {
        var map = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }

    /// <summary>Calls the generated <c>Validate()</c> and returns (path, kind, message) of each violation.</summary>
    public static IReadOnlyList<CodeGen.Runtime.Validation.ValidationError> Validate(object instance) =>
        (IReadOnlyList<CodeGen.Runtime.Validation.ValidationError>)instance.GetType().GetMethod("Validate", Type.EmptyTypes)!.Invoke(instance, null)!;

    public static IEnumerable<string> Describe(IEnumerable<CodeGen.Runtime.Validation.ValidationError> errors) =>
        errors.Select(e => e.Path + " " + e.Kind + ": " + e.Message);
}
