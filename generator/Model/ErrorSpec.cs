namespace CodeGen.Generator.Model;

/// <summary>What makes a structure an error: its wire code, status and retry classification.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ErrorSpec(string Code, int? HttpStatusCode, bool IsServerFault, bool IsRetryable, bool IsThrottling);
