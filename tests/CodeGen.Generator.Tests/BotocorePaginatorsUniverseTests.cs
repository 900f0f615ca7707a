using System;
using System.IO;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Reading;
using Xunit;
using Xunit.Abstractions;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Every paginator of every JSON-protocol model in botocore resolves (no CG0014). Opt-in, since it needs
/// botocore's data and reads ~400 models: <c>CODEGEN_BOTOCORE_DATA=/path/to/botocore/data dotnet test
/// tests/CodeGen.Generator.Tests --filter BotocorePaginatorsUniverse</c>.
/// </summary>
public class BotocorePaginatorsUniverseTests(ITestOutputHelper output)
{
    public const string Variable = "CODEGEN_BOTOCORE_DATA";

    [SkippableFact]
    public void EveryBotocorePaginatorResolves()
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(root), "Set " + Variable + " to botocore's botocore/data folder to run it.");

        int models = 0, paginators = 0;
        var failures = new System.Collections.Generic.List<string>();
        foreach (var service in Directory.GetDirectories(root!).OrderBy(d => d, StringComparer.Ordinal))
        {
            // botocore loads the newest API version of each service.
            var version = Directory.GetDirectories(service).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            var model = version is null ? null : Path.Combine(version, "service-2.json");
            var pages = version is null ? null : Path.Combine(version, "paginators-1.json");
            if (model is null || !File.Exists(model) || !File.Exists(pages))
            {
                continue;
            }

            var options = new ModelOptions(null, null, EquatableArray<string>.Empty, null, "Universe");
            var result = ModelReader.Read(new ModelInput(model, File.ReadAllText(model), options, pages, File.ReadAllText(pages!)), CancellationToken.None);
            if (result.Spec is null)
            {
                // Not a JSON protocol, or a model another check rejects: its paginators are not the question here.
                continue;
            }

            models++;
            paginators += result.Spec.Operations.Count(o => o.Pagination is not null);
            failures.AddRange(result.Diagnostics.Where(d => d.Descriptor.Id == "CG0014").Select(d => Path.GetFileName(service) + ": " + d.ToDiagnostic().GetMessage()));
        }

        output.WriteLine($"{models} models, {paginators} paginators resolved, {failures.Count} not");
        Assert.True(models > 0, "no botocore model under " + root);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
