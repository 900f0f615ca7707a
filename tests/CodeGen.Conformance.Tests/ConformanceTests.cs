using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Conformance.Tests.Runner;
using CodeGen.Conformance.Tests.Suites;
using Xunit;

namespace CodeGen.Conformance.Tests;

/// <summary>
/// botocore's protocol conformance suites, run through the real generator and the real runtime.
/// Each case is its own named test; skipped cases say which feature they need.
/// </summary>
public class ConformanceTests
{
    public static IEnumerable<object[]> InputCases() => SuiteCatalog.Cases("input").Select(c => new object[] { new CaseKey(c.Key) });

    public static IEnumerable<object[]> OutputCases() => SuiteCatalog.Cases("output").Select(c => new object[] { new CaseKey(c.Key) });

    [SkippableTheory]
    [MemberData(nameof(InputCases))]
    public async Task Input(CaseKey @case) => await RunAsync(@case.Value, InputCaseRunner.RunAsync);

    [SkippableTheory]
    [MemberData(nameof(OutputCases))]
    public async Task Output(CaseKey @case) => await RunAsync(@case.Value, OutputCaseRunner.RunAsync);

    private static async Task RunAsync(string key, System.Func<SuiteCase, SpecTypes, Task<IReadOnlyList<string>>> run)
    {
        var testCase = SuiteCatalog.Find(key);
        var skip = Skips.ReasonFor(testCase);
        Skip.If(skip is not null, skip);

        var compiled = CompiledSuites.For(SuiteCatalog.Files.First(f => f.Cases.Contains(testCase)));
        Assert.True(!compiled.Problems.TryGetValue(testCase.Suite, out var problem), "The suite's model did not generate or compile:\n" + problem);
        Assert.True(compiled.Assembly is not null, "The suite file did not compile:\n" + compiled.CompileErrors);
        var spec = compiled.Specs[testCase.Suite];
        Assert.NotNull(spec);

        var differences = await run(testCase, new SpecTypes(compiled.Assembly!, spec!));
        var ignored = Skips.BotocoreIgnores(testCase);
        Skip.If(differences.Count > 0 && ignored is not null, ignored + "; differs: " + string.Join("; ", differences));
        Assert.True(differences.Count == 0, testCase.Name + ":\n  " + string.Join("\n  ", differences));
    }
}
