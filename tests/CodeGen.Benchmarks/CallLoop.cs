using System;
using System.Globalization;
using System.Reflection;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks;

/// <summary>
/// <c>calls &lt;class&gt; &lt;method&gt; &lt;n&gt;</c>: sets up one benchmark class and runs one of its benchmarks
/// <c>n</c> times after a warm-up of 200. Under <c>valgrind --tool=callgrind</c>, the difference of
/// the instruction counts of two runs with different <c>n</c>, divided by the difference of <c>n</c>,
/// is the instructions per call: a measure the load of a shared machine does not disturb.
/// </summary>
internal static class CallLoop
{
    public static void Run(string[] args)
    {
        var type = typeof(CallLoop).Assembly.GetType("CodeGen.Benchmarks." + args[1], throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        type.GetMethod("Setup")?.Invoke(instance, null);
        var method = type.GetMethod(args[2]) ?? throw new ArgumentException("No benchmark " + args[2]);
        // A delegate, not MethodInfo.Invoke, so the loop adds almost nothing to what is measured.
        Func<Task> call;
        if (method.ReturnType == typeof(void))
        {
            var action = (Action)Delegate.CreateDelegate(typeof(Action), instance, method);
            call = () =>
            {
                action();
                return Task.CompletedTask;
            };
        }
        else
        {
            call = (Func<Task>)Delegate.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance, method);
        }

        for (var i = 0; i < 200; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var n = int.Parse(args[3], CultureInfo.InvariantCulture);
        for (var i = 0; i < n; i++)
        {
            call().GetAwaiter().GetResult();
        }

        Console.WriteLine("done " + n);
    }
}
