using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using CodeGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Benchmarks;

/// <summary>
/// The real models the generator benchmarks run on (checked in under Models/botocore, Apache-2.0),
/// and one full generator run through <see cref="CSharpGeneratorDriver"/>, as the compiler does it.
/// </summary>
internal static class GeneratorInputs
{
    /// <summary>The largest botocore models of the JSON protocols, by file size.</summary>
    public static readonly string[] Models = ["quicksight", "sagemaker", "connect", "glue"];

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);
    private static readonly CSharpCompilation s_compilation = CSharpCompilation.Create("Bench");

    /// <summary>The model and its paginators, as the driver's additional files.</summary>
    public static ImmutableArray<AdditionalText> Load(string service)
    {
        var folder = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Models", "botocore", service)) is [var single]
            ? single
            : throw new InvalidOperationException("Expected one version folder for " + service);
        var builder = ImmutableArray.CreateBuilder<AdditionalText>();
        builder.Add(new ModelText("/models/" + service + "/service-2.json", File.ReadAllText(Path.Combine(folder, "service-2.json"))));
        var paginators = Path.Combine(folder, "paginators-1.json");
        if (File.Exists(paginators))
        {
            builder.Add(new ModelText("/models/" + service + "/paginators-1.json", File.ReadAllText(paginators)));
        }

        return builder.ToImmutable();
    }

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts) => CSharpGeneratorDriver.Create(
        [new ServiceModelGenerator().AsSourceGenerator()],
        texts,
        s_parseOptions,
        new Options());

    /// <summary>Runs the generator from a fresh driver (nothing cached) and returns the number of files it generated.</summary>
    public static int Run(ImmutableArray<AdditionalText> texts)
    {
        var result = CreateDriver(texts).RunGenerators(s_compilation).GetRunResult();
        if (result.Diagnostics.Length > 0 && result.Diagnostics[0].Severity == DiagnosticSeverity.Error)
        {
            throw new InvalidOperationException(result.Diagnostics[0].ToString());
        }

        return result.Results[0].GeneratedSources.Length;
    }

    internal sealed class ModelText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly ItemOptions s_model = new("ServiceModel");
        private static readonly ItemOptions s_paginators = new("ServiceModelPaginators");

        public override AnalyzerConfigOptions GlobalOptions => s_model;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_model;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith("paginators-1.json", StringComparison.Ordinal) ? s_paginators : s_model;

        private sealed class ItemOptions(string itemType) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "build_metadata.AdditionalFiles.SourceItemType" ? itemType : null!;
                return value is not null;
            }
        }
    }
}
