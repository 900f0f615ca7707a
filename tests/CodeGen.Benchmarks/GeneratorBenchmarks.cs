using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks;

/// <summary>
/// The whole generator (read, analyse, emit every file) on the largest real models, from a fresh
/// driver in a warm process. The cold first run is measured by <see cref="GeneratorProfile"/>.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    public static IEnumerable<string> Models => GeneratorInputs.Models;

    [GlobalSetup]
    public void Setup() => _texts = GeneratorInputs.Load(Model);

    [Benchmark]
    public int Generate() => GeneratorInputs.Run(_texts);
}
