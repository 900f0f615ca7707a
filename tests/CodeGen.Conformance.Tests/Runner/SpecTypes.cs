using System;
using System.Linq;
using System.Reflection;
using CodeGen.Generator.Model;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>Looks up generated CLR types and specs of one suite by their names in the semantic model.</summary>
internal sealed class SpecTypes(Assembly assembly, ServiceSpec spec)
{
    public ServiceSpec Spec { get; } = spec;

    public Type Type(string typeName) =>
        assembly.GetType(Spec.Namespace + "." + typeName) ?? throw new InvalidOperationException("Generated type not found: " + typeName);

    public StructureSpec Structure(string typeName) => Spec.Structures.First(s => s.TypeName == typeName);

    public UnionSpec Union(string typeName) => Spec.Unions.First(u => u.TypeName == typeName);

    public OperationSpec Operation(string name) => Spec.Operations.First(o => o.Name == name);

    public Type Client => Type(Spec.Names.ClientClass);

    public Type Options => Type(Spec.Names.OptionsClass);
}
