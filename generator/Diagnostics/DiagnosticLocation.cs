using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Diagnostics;

/// <summary>
/// A position inside a model file, as plain values so it can travel through the pipeline.
/// </summary>
/// <remarks>Immutable and structurally equal; a Roslyn <see cref="Location"/> here would break incremental caching.</remarks>
internal sealed record DiagnosticLocation(
    string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
