using CodeGen.Generator.Analysis;

namespace CodeGen.Generator.Reading;

/// <summary>One ServiceModel file with its options and, if present, its sibling paginators file.</summary>
/// <remarks>Immutable and structurally equal (text compared by value); otherwise we risk breaking incremental caching.</remarks>
internal sealed record ModelInput(string Path, string Text, ModelOptions Options, string? PaginatorsPath, string? PaginatorsText);
