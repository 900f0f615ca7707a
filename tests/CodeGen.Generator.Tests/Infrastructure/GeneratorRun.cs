using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>The outcome of one generator run: generated files, generator diagnostics, and the compiled result.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult();
    }

    public GeneratorDriver Driver { get; }

    public CSharpCompilation Input { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Warnings and errors of compiling the generated code, as a consumer with TreatWarningsAsErrors sees them.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Take(30).Select(d => d.ToString()));
}
