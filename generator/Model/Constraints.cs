namespace CodeGen.Generator.Model;

/// <summary>Validation constraints on a value (Smithy length, pattern and range traits; botocore min, max, pattern).</summary>
/// <param name="MinLength">Minimum length: code points for strings, bytes for blobs, entries for lists and maps.</param>
/// <param name="Pattern">An ECMAScript regular expression; unanchored, as Smithy specifies.</param>
/// <param name="PatternIsEcmaScript">Whether .NET accepts the pattern with RegexOptions.ECMAScript; if not (for example it uses \p{..}) it is compiled in .NET syntax.</param>
/// <param name="MinValue">Range minimum as an invariant decimal literal.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record Constraints(
    long? MinLength = null,
    long? MaxLength = null,
    string? Pattern = null,
    bool PatternIsEcmaScript = true,
    string? MinValue = null,
    string? MaxValue = null)
{
    public bool IsEmpty => MinLength is null && MaxLength is null && Pattern is null && MinValue is null && MaxValue is null;
}
