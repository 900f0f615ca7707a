using System;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Picks the ServiceModel items (and their paginators) out of all additional files.</summary>
internal static class ModelFileSelector
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    public static ModelFile? Select(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (!options.TryGetValue(Metadata + "SourceItemType", out var itemType))
        {
            return null;
        }

        var isModel = string.Equals(itemType, "ServiceModel", StringComparison.OrdinalIgnoreCase);
        var isPaginators = string.Equals(itemType, "ServiceModelPaginators", StringComparison.OrdinalIgnoreCase);
        if (!isModel && !isPaginators)
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var modelOptions = new ModelOptions(
            Read(options, "Namespace"),
            Read(options, "ClientName"),
            SplitList(Read(options, "Operations")),
            Read(options, "Service"),
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace,
            Read(options, "Visibility"));
        return new ModelFile(isPaginators, file.Path, text, modelOptions);
    }

    public static ModelInput Pair(ModelFile model, EquatableArray<ModelFile> paginators)
    {
        var sibling = paginators.FirstOrDefault(p => string.Equals(p.Directory, model.Directory, StringComparison.Ordinal));
        return new ModelInput(model.Path, model.Text, model.Options, sibling?.Path, sibling?.Text);
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static EquatableArray<string> SplitList(string? value) =>
        value is null
            ? EquatableArray<string>.Empty
            : value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToEquatableArray();
}
