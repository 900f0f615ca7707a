using System;
using System.Diagnostics;
using System.Linq;

namespace CodeGen.Benchmarks;

/// <summary>
/// <c>generator-profile &lt;model&gt; [runs]</c>: the first (cold) run in this fresh process, then warm runs,
/// each with its time and allocated bytes. Quicker than BenchmarkDotNet when iterating, and the only
/// way to see the cold run, which BenchmarkDotNet's warm-up hides. Run it as
/// <c>dotnet tests/CodeGen.Benchmarks/bin/Release/net10.0/CodeGen.Benchmarks.dll generator-profile quicksight</c>
/// so each run is a fresh process.
/// </summary>
internal static class GeneratorProfile
{
    public static void Run(string[] args)
    {
        var model = args.Length > 1 ? args[1] : "quicksight";
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var texts = GeneratorInputs.Load(model);

        var (coldMs, coldBytes, files) = Measure(() => GeneratorInputs.Run(texts));
        Console.WriteLine($"{model}: cold {coldMs:F0} ms, {coldBytes / 1e6:F1} MB, {files} files");
        if (Environment.GetEnvironmentVariable("CODEGEN_PROFILE_SIZE") is not null)
        {
            var sources = GeneratorInputs.CreateDriver(texts).RunGenerators(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x")).GetRunResult().Results[0].GeneratedSources;
            Console.WriteLine($"output {sources.Sum(s => (long)s.SourceText.Length) / 1e6:F1} M chars");
            if (Environment.GetEnvironmentVariable("CODEGEN_PROFILE_DUMP") is { } dump)
            {
                System.IO.Directory.CreateDirectory(dump);
                foreach (var s in sources)
                {
                    System.IO.File.WriteAllText(System.IO.Path.Combine(dump, s.HintName), s.SourceText.ToString());
                }
            }
        }
        if (runs == 0)
        {
            return;
        }

        var warm = Enumerable.Range(0, runs).Select(_ => Measure(() => GeneratorInputs.Run(texts))).ToList();
        var times = warm.Select(w => w.Ms).OrderBy(t => t).ToList();
        Console.WriteLine($"{model}: warm median {times[times.Count / 2]:F1} ms (min {times[0]:F1}), {warm[^1].Bytes / 1e6:F1} MB per run, {runs} runs");
    }

    private static (double Ms, long Bytes, int Files) Measure(Func<int> action)
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var files = action();
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - bytes, files);
    }
}
