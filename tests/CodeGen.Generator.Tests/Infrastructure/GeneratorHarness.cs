using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the real generator through <see cref="CSharpGeneratorDriver"/> over in-memory model files,
/// the way the compiler runs it for a project with ServiceModel items.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>Generated code must compile for a .NET 8 consumer, whose default language version is C# 12.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CodeGen.Runtime.ServiceException).Assembly.Location))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static GeneratorRun Run(IEnumerable<ModelFileInput> files, string? rootNamespace = "Consumer", params string[] sources)
    {
        var fileList = files.ToList();
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(fileList, rootNamespace);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, compilation, output);
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    // The SDK suppresses these assembly-unification notes by default.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static GeneratorDriver CreateDriver(IReadOnlyList<ModelFileInput> files, string? rootNamespace) =>
        CreateDriver(files, rootNamespace, out _);

    /// <summary>Creates the driver and hands out the additional texts it holds, for <see cref="GeneratorDriver.ReplaceAdditionalText"/>.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<ModelFileInput> files, string? rootNamespace, out ImmutableArray<AdditionalText> texts)
    {
        texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = files.ToDictionary(
            f => f.Path,
            f => (AnalyzerConfigOptions)new TestAnalyzerConfigOptions(Metadata(f)));
        var global = new TestAnalyzerConfigOptions(rootNamespace is null ? [] : [new("build_property.RootNamespace", rootNamespace)]);
        return CSharpGeneratorDriver.Create(
            [new ServiceModelGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(options, global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static string TestDataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static ModelFileInput Model(string relativePath, IReadOnlyDictionary<string, string>? metadata = null) =>
        new("/models/" + relativePath.Replace('\\', '/'), File.ReadAllText(TestDataPath(relativePath)), "ServiceModel", metadata);

    private static IEnumerable<KeyValuePair<string, string>> Metadata(ModelFileInput file)
    {
        yield return new("build_metadata.AdditionalFiles.SourceItemType", file.ItemType);
        foreach (var pair in file.Metadata ?? new Dictionary<string, string>())
        {
            yield return new("build_metadata.AdditionalFiles." + pair.Key, pair.Value);
        }
    }
}
