namespace CodeGen.Generator.Model;

/// <summary>Marks a deprecated shape, member or operation; becomes <c>[Obsolete(Message)]</c>.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record Deprecation(string Message);
