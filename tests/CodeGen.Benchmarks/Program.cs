using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

namespace CodeGen.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["generator-profile", ..]:
                GeneratorProfile.Run(args);
                break;
            case ["cold-start", ..]:
                ColdStart.Run(args);
                break;
            case ["calls", _, _, _]:
                CallLoop.Run(args);
                break;
            case ["cold-call", var peer]:
                ColdStart.Call(peer);
                break;
            default:
                RunBenchmarks(args);
                break;
        }
    }

    // Kept out of Main so a cold-start child never loads BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
