using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CodeGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Benchmarks;

/// <summary>
/// The whole generator (read, analyse, emit every file) on MediaConvert (1.1 MB) and on a 2 MB model
/// made of MediaConvert twice (every shape and operation copied under a second name).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private string _mediaConvert = null!;
    private string _twoMegabytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mediaConvert = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", "mediaconvert.json"));
        _twoMegabytes = Double(_mediaConvert);
    }

    [Benchmark]
    public int MediaConvert() => Run(_mediaConvert);

    [Benchmark]
    public int TwoMegabyteModel() => Run(_twoMegabytes);

    public static int Run(string model)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new ServiceModelGenerator().AsSourceGenerator()],
            [new ModelText(model)],
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new Options());
        var compilation = CSharpCompilation.Create("Bench");
        var result = driver.RunGenerators(compilation).GetRunResult();
        return result.Results[0].GeneratedSources.Length;
    }

    /// <summary>Copies every shape and operation under a suffixed name, doubling the model.</summary>
    public static string Double(string json)
    {
        var model = JsonNode.Parse(json)!.AsObject();
        var text = model.ToJsonString();
        var renamed = JsonNode.Parse(System.Text.RegularExpressions.Regex.Replace(text, "\"shape\":\"([A-Za-z0-9_]+)\"", "\"shape\":\"$1Copy\""))!.AsObject();
        foreach (var (name, shape) in renamed["shapes"]!.AsObject().ToList())
        {
            model["shapes"]![name + "Copy"] = shape!.DeepClone();
        }

        foreach (var (name, operation) in renamed["operations"]!.AsObject().ToList())
        {
            var copy = operation!.DeepClone();
            copy["name"] = name + "Copy";
            model["operations"]![name + "Copy"] = copy;
        }

        return model.ToJsonString();
    }

    private sealed class ModelText(string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => "/models/service-2.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly ModelOptions s_model = new();

        public override AnalyzerConfigOptions GlobalOptions => s_model;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_model;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_model;

        private sealed class ModelOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "build_metadata.AdditionalFiles.SourceItemType" ? "ServiceModel" : null!;
                return value is not null;
            }
        }
    }
}
