using BenchmarkDotNet.Running;

namespace CodeGen.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["generator-profile", ..])
        {
            GeneratorProfile.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
