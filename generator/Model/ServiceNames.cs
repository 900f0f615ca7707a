namespace CodeGen.Generator.Model;

/// <summary>The names of the per-service types CodeGen adds besides the model's shapes.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ServiceNames(
    string ClientName,
    string ClientInterface,
    string ClientClass,
    string OptionsClass,
    string BaseException,
    string ErrorFactory);
