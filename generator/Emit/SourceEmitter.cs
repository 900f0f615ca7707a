using System;
using System.Threading;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Emit;

/// <summary>Dispatches each unit to its emitter and turns an emitter failure into a diagnostic.</summary>
internal static class SourceEmitter
{
    /// <summary>Test hook: called with each unit before it is emitted, so tests can make an emitter fail. Always null outside tests.</summary>
    internal static Action<EmitUnit>? OnEmitting;

    public static GeneratedSource Emit(EmitUnit unit, CancellationToken cancellationToken)
    {
        var hintName = unit.Context.Namespace + "." + TypeNameOf(unit) + ".g.cs";
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            OnEmitting?.Invoke(unit);
            var text = unit switch
            {
                StructureUnit s => StructureEmitter.Emit(s),
                ExceptionUnit e => ExceptionEmitter.Emit(e),
                EnumUnit e => EnumEmitter.Emit(e),
                UnionUnit u => UnionEmitter.Emit(u),
                BaseExceptionUnit b => ExceptionEmitter.EmitBase(b),
                OperationUnit o => Http.OperationEmitter.Emit(o),
                ErrorFactoryUnit f => Client.ErrorFactoryEmitter.Emit(f),
                ClientUnit c => Client.ClientEmitter.Emit(c),
                _ => throw new InvalidOperationException("No emitter for " + unit.GetType().Name),
            };
            return new GeneratedSource(hintName, text, null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure,
                new DiagnosticLocation(unit.Context.ModelPath, 0, 0, 0, 0, 0, 0),
                unit.Context.ModelPath, "emitting " + TypeNameOf(unit) + ": " + ex.GetType().Name + ": " + ex.Message);
            return new GeneratedSource(hintName, Microsoft.CodeAnalysis.Text.SourceText.From(""), failure);
        }
    }

    private static string TypeNameOf(EmitUnit unit) => unit switch
    {
        StructureUnit s => s.Structure.TypeName,
        ExceptionUnit e => e.Structure.TypeName,
        EnumUnit e => e.Enum.TypeName,
        UnionUnit u => u.Union.TypeName,
        BaseExceptionUnit b => b.Context.Names.BaseException,
        ErrorFactoryUnit f => "Internal." + f.Context.Names.ErrorFactory,
        OperationUnit o => "Internal." + o.Operation.ClassName,
        ClientUnit c => Client.ClientEmitter.TypeNameOf(c),
        _ => unit.GetType().Name,
    };
}
