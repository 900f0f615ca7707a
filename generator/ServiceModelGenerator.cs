using System.Globalization;
using System.Threading;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator;

/// <summary>
/// Generates a typed client from each <c>ServiceModel</c> item. The pipeline never touches the
/// Compilation: model files are read into value-equal specs, so editing C# code re-runs nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ServiceModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The ServiceModel and paginators files, with their item metadata, as plain values.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ModelFileSelector.Select(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(StepNames.ModelFiles);

        var paginators = files.Where(static f => f.IsPaginators).Collect()
            .Select(static (all, _) => Helpers.EquatableArray.ToEquatableArray(all));

        // Each model paired with the paginators file beside it.
        var inputs = files.Where(static f => !f.IsPaginators)
            .Combine(paginators)
            .Select(static (pair, _) => ModelFileSelector.Pair(pair.Left, pair.Right))
            .WithTrackingName(StepNames.ModelInputs);

        // Parse and analyse: the only step that knows model formats.
        var results = inputs
            .Select(static (input, ct) => WithInvariantCulture(() => ModelReader.Read(input, ct)))
            .WithTrackingName(StepNames.Parse);

        // Diagnostics have their own output, so a spec that did not change emits nothing again.
        context.RegisterSourceOutput(results.Select(static (r, _) => r.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // One unit per generated file, so an edit to one shape re-emits only that shape's file.
        var units = results
            .Select(static (r, _) => r.Spec)
            .Where(static spec => spec is not null)
            .SelectMany(static (spec, _) => EmitPlanner.Plan(spec!))
            .WithTrackingName(StepNames.EmitUnits);

        var sources = units
            .Select(static (unit, ct) => WithInvariantCulture(() => SourceEmitter.Emit(unit, ct)))
            .WithTrackingName(StepNames.Emit);

        // An emitter that failed reports why instead of adding an empty file.
        context.RegisterSourceOutput(sources, static (spc, source) =>
        {
            if (source.Failure is not null)
            {
                spc.ReportDiagnostic(source.Failure.ToDiagnostic());
                return;
            }

            spc.AddSource(source.HintName, source.Text);
        });
    }

    // Numbers must not be written in the user's culture (fi-FI writes U+2212 for minus); the
    // System.Text.Json generator does the same. RS1035 guards against culture-dependent messages,
    // which this is the opposite of.
#pragma warning disable RS1035
    private static T WithInvariantCulture<T>(System.Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
#pragma warning restore RS1035
}
