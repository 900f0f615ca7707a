using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// A byte range of a model file, turned into a line and column only when a diagnostic is reported:
/// readers keep one for every shape, member and reference, and almost none is ever needed.
/// </summary>
/// <remarks>Lives only inside the parse step (it refers to the file's bytes), never in the pipeline.</remarks>
internal readonly struct SourceSpan
{
    private readonly SourcePositions _positions;
    private readonly int _start;
    private readonly int _end;

    public SourceSpan(SourcePositions positions, int start, int end)
    {
        _positions = positions;
        _start = start;
        _end = end;
    }

    public DiagnosticLocation Resolve() => _positions.Locate(_start, _end);

    public static implicit operator DiagnosticLocation(SourceSpan span) => span.Resolve();
}
