using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>Everything generated for one service model: the format-neutral semantic model.</summary>
/// <remarks>
/// Immutable and structurally equal, like every <c>*Spec</c>: it holds only strings, numbers, bools,
/// enums and <see cref="EquatableArray{T}"/>; otherwise we risk breaking incremental caching.
/// Readers of each model format produce it; emitters consume it and never see the source format.
/// </remarks>
internal sealed record ServiceSpec(
    string ModelPath,
    string Namespace,
    ServiceNames Names,
    ServiceInfo Info,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<StructureSpec> Structures,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<UnionSpec> Unions,
    bool IsInternal = false);
