using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Analysis;

/// <summary>What the user set on the ServiceModel item, plus the project's root namespace.</summary>
/// <remarks>
/// Immutable and structurally equal; otherwise we risk breaking incremental caching.
/// <see cref="Visibility"/> is <c>public</c> (the default) or <c>internal</c>: a library can keep a generated client to itself.
/// </remarks>
internal sealed record ModelOptions(string? Namespace, string? ClientName, EquatableArray<string> Operations, string? Service, string? RootNamespace, string? Visibility = null)
{
    public static ModelOptions Default { get; } = new(null, null, EquatableArray<string>.Empty, null, null);
}
