using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Reading;

/// <summary>The outcome of reading one model: the spec (null when errors prevent generation) and its diagnostics.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ModelResult(ServiceSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
