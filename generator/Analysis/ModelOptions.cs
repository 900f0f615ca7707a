using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Analysis;

/// <summary>What the user set on the ServiceModel item, plus the project's root namespace.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ModelOptions(string? Namespace, string? ClientName, EquatableArray<string> Operations, string? Service, string? RootNamespace)
{
    public static ModelOptions Default { get; } = new(null, null, EquatableArray<string>.Empty, null, null);
}
