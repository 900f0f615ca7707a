using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The service-wide facts every emitted file may need.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ServiceContext(string ModelPath, string Namespace, ServiceNames Names, ServiceInfo Info, bool IsInternal = false)
{
    /// <summary>The accessibility of every top-level generated type (the ServiceModel item's Visibility).</summary>
    public string TypeModifier => IsInternal ? "internal" : "public";

    public string InternalNamespace => Namespace + ".Internal";

    public string TypeRef(string typeName) => "global::" + Namespace + "." + typeName;

    public string InternalTypeRef(string typeName) => "global::" + InternalNamespace + "." + typeName;
}
