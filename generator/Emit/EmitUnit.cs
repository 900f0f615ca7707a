using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit;

/// <summary>
/// Everything one generated file needs, and nothing more, so the emit step re-runs only for files
/// whose inputs changed.
/// </summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal abstract record EmitUnit(ServiceContext Context);

internal sealed record StructureUnit(ServiceContext Context, StructureSpec Structure) : EmitUnit(Context);

internal sealed record ExceptionUnit(ServiceContext Context, StructureSpec Structure) : EmitUnit(Context);

internal sealed record EnumUnit(ServiceContext Context, EnumSpec Enum) : EmitUnit(Context);

internal sealed record UnionUnit(ServiceContext Context, UnionSpec Union) : EmitUnit(Context);

internal sealed record BaseExceptionUnit(ServiceContext Context) : EmitUnit(Context);

/// <summary>The error factory maps error codes to the service's exception types.</summary>
internal sealed record ErrorFactoryUnit(ServiceContext Context, EquatableArray<StructureSpec> Errors) : EmitUnit(Context);

/// <summary>One operation's request serializer and response parser, with the structures they bind.</summary>
internal sealed record OperationUnit(ServiceContext Context, OperationSpec Operation, StructureSpec? Input, StructureSpec? Output) : EmitUnit(Context);

/// <summary>The client interface, the client class or its options class.</summary>
internal sealed record ClientUnit(ServiceContext Context, ClientPart Part, EquatableArray<OperationSpec> Operations) : EmitUnit(Context);

internal enum ClientPart
{
    Interface,
    Class,
    Options,
}

/// <summary>A generated file: its hint name and text, or the failure that prevented it.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record GeneratedSource(string HintName, SourceText Text, Diagnostics.DiagnosticInfo? Failure)
{
    /// <summary>Source texts compare by content, so re-emitting a file with the same text leaves it unchanged.</summary>
    public bool Equals(GeneratedSource? other) =>
        other is not null && HintName == other.HintName && Text.ContentEquals(other.Text) && Equals(Failure, other.Failure);

    public override int GetHashCode() => HintName.GetHashCode();
}
