using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using CodeGen.Conformance.Tests.Suites;
using CodeGen.Generator;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>
/// Generates and compiles every suite of a file in one compilation (one model per suite, each in its
/// own namespace) through the real generator, once per file for the whole test run.
/// </summary>
internal static class CompiledSuites
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledFile>> s_files = new();

    public static CompiledFile For(SuiteFile file) =>
        s_files.GetOrAdd(file.Path, _ => new Lazy<CompiledFile>(() => Compile(file), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static CompiledFile Compile(SuiteFile file)
    {
        var suites = file.Suites.Where(SuiteModel.IsSupported).ToList();
        var models = suites.Select(s => (Suite: s, Path: "/conformance/" + file.Direction + "/" + file.Name + "/" + s.Namespace + ".json", Json: SuiteModel.ToBotocoreJson(s))).ToList();

        // The semantic model of each suite tells the harness which property holds which wire member.
        var specs = new Dictionary<Suite, ServiceSpec?>();
        var problems = new Dictionary<Suite, string>();
        foreach (var model in models)
        {
            var options = new ModelOptions(model.Suite.Namespace, "Service", EquatableArray<string>.Empty, null, null);
            var result = ModelReader.Read(new ModelInput(model.Path, model.Json, options, null, null), CancellationToken.None);
            specs[model.Suite] = result.Spec;
            var errors = result.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.ToDiagnostic().ToString()).ToList();
            if (errors.Count > 0)
            {
                problems[model.Suite] = string.Join("\n", errors);
            }
        }

        var texts = models.Select(m => (AdditionalText)new SuiteText(m.Path, m.Json)).ToImmutableArray();
        var perFile = models.ToDictionary(m => m.Path, m => (AnalyzerConfigOptions)new SuiteOptions(m.Suite.Namespace));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var driver = CSharpGeneratorDriver.Create([new ServiceModelGenerator().AsSourceGenerator()], texts, parse, new SuiteOptionsProvider(perFile));
        var compilation = CSharpCompilation.Create(
            "Conformance_" + file.Direction + "_" + file.Name.Replace('-', '_'),
            [],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var compileErrors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assembly? assembly = null;
        if (emit.Success)
        {
            assembly = Assembly.Load(stream.ToArray());
        }
        else
        {
            // Attribute each error to the suite whose namespace its generated file belongs to.
            foreach (var suite in suites)
            {
                var mine = compileErrors.Where(d => d.Location.SourceTree?.FilePath.Contains(suite.Namespace + ".", StringComparison.Ordinal) == true).Take(10).ToList();
                if (mine.Count > 0)
                {
                    problems[suite] = (problems.TryGetValue(suite, out var p) ? p + "\n" : "") + string.Join("\n", mine);
                }
            }
        }

        return new CompiledFile(assembly, specs, problems, compileErrors.Count == 0 ? null : string.Join("\n", compileErrors.Take(20)));
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CodeGen.Runtime.ServiceException).Assembly.Location))
            .ToImmutableArray());

    private static ImmutableArray<MetadataReference> References => s_references.Value;

    private sealed class SuiteText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class SuiteOptions(string? ns) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = key switch
            {
                "build_metadata.AdditionalFiles.SourceItemType" when ns is not null => "ServiceModel",
                "build_metadata.AdditionalFiles.Namespace" when ns is not null => ns,
                "build_metadata.AdditionalFiles.ClientName" when ns is not null => "Service",
                _ => null!,
            };
            return value is not null;
        }
    }

    private sealed class SuiteOptionsProvider(Dictionary<string, AnalyzerConfigOptions> files) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new SuiteOptions(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => files.TryGetValue(textFile.Path, out var o) ? o : GlobalOptions;
    }
}

/// <summary>A compiled suite file: the loaded assembly, each suite's semantic model, and what went wrong per suite.</summary>
internal sealed record CompiledFile(Assembly? Assembly, IReadOnlyDictionary<Suite, ServiceSpec?> Specs, IReadOnlyDictionary<Suite, string> Problems, string? CompileErrors);
