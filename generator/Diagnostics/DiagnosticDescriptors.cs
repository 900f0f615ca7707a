using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic CodeGen reports. Ids are never reused; each is listed in
/// Diagnostics/AnalyzerReleases.Shipped.md and documented in docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CodeGen";
    private const string HelpBase = "https://github.com/codegen/codegen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "CG0001", "Service model is not valid JSON", "The service model is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UndefinedShape = Error(
        "CG0002", "Reference to an undefined shape", "Shape '{0}', referenced by {1}, is not defined in the model");

    public static readonly DiagnosticDescriptor MissingRequiredField = Error(
        "CG0003", "Required field missing from the model", "{0} is missing the required field '{1}'");

    public static readonly DiagnosticDescriptor UnsupportedProtocol = Error(
        "CG0004", "Unsupported protocol", "The service uses protocol '{0}', which CodeGen does not support (supported: restJson1, awsJson1_0, awsJson1_1)");

    public static readonly DiagnosticDescriptor UnsupportedShapeType = Error(
        "CG0005", "Unsupported shape type", "Shape '{0}' has type '{1}', which CodeGen does not support");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "CG0006", "Name cannot be made a C# identifier", "{0} '{1}' cannot be made a valid C# identifier");

    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "CG0007", "CodeGen failed unexpectedly", "CodeGen failed while processing '{0}': {1}. Please report this with the model file.");

    public static readonly DiagnosticDescriptor InvalidFieldValue = Error(
        "CG0008", "Model field has an invalid value", "{0} must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor UnknownOperation = Error(
        "CG0009", "Unknown operation in the Operations filter", "The Operations metadata names '{0}', which the model does not define{1}");

    public static readonly DiagnosticDescriptor InvalidPattern = Error(
        "CG0010", "Invalid pattern", "The pattern of {0} is not a valid regular expression: {1}");

    public static readonly DiagnosticDescriptor UnsupportedOperation = new(
        "CG0011", "Operation not supported", "Operation '{0}' uses {1}, which CodeGen does not support; the client omits it",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "cg0011");

    public static readonly DiagnosticDescriptor UnknownModelFormat = Error(
        "CG0012", "Unknown model format", "The file is neither a botocore service model (top-level 'metadata', 'operations', 'shapes') nor a Smithy 2.0 JSON AST (top-level 'smithy')");

    public static readonly DiagnosticDescriptor ShapeCycle = Error(
        "CG0013", "Shape refers to itself", "Shape '{0}' contains itself through lists or maps only, which no value can satisfy");

    public static readonly DiagnosticDescriptor UnsupportedPaginator = new(
        "CG0014", "Paginator cannot be generated", "The paginator of operation '{0}' cannot be generated: {1}; the client offers the operation without it",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "cg0014");

    // Smithy 2.0 JSON AST (CG0020..): the reader in Reading/Smithy.
    public static readonly DiagnosticDescriptor UnsupportedSmithyVersion = Error(
        "CG0020", "Unsupported Smithy version", "The Smithy model declares version '{0}'; CodeGen reads Smithy 2.0 JSON AST models (\"smithy\": \"2.0\")");

    public static readonly DiagnosticDescriptor NoSmithyService = Error(
        "CG0021", "Smithy model has no service shape", "The Smithy model defines no shape of type 'service', so there is no client to generate");

    public static readonly DiagnosticDescriptor SeveralSmithyServices = Error(
        "CG0022", "Smithy model has several service shapes",
        "The Smithy model defines {0} service shapes ({1}); set the ServiceModel item's Service metadata to the one to generate, for example Service=\"{2}\"");

    public static readonly DiagnosticDescriptor UnknownSmithyService = Error(
        "CG0023", "Service metadata names no service shape", "The Service metadata names '{0}', which is not a service shape of the model (service shapes: {1})");

    public static readonly DiagnosticDescriptor UnresolvedShapeId = Error(
        "CG0024", "Shape id resolves to nothing", "Shape id '{0}', referenced by {1}, resolves to no shape in the model or the Smithy prelude");

    public static readonly DiagnosticDescriptor WrongShapeKind = Error(
        "CG0025", "Reference to the wrong kind of shape", "{0} targets '{1}', which is {2}, but must target {3}");

    public static readonly DiagnosticDescriptor MixinCycle = Error(
        "CG0026", "Mixin cycle", "Shape '{0}' mixes itself in through {1}");

    public static readonly DiagnosticDescriptor NoSmithyProtocol = Error(
        "CG0027", "Smithy service has no protocol",
        "Service '{0}' has no protocol trait; CodeGen needs aws.protocols#restJson1, aws.protocols#awsJson1_0 or aws.protocols#awsJson1_1");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
