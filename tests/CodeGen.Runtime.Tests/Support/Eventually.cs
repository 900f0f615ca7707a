using System;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>Waits for something another thread or process brings about (a request reaching a fake, a process ending).</summary>
internal static class Eventually
{
    /// <summary>Whether <paramref name="condition"/> became true; the limit is generous, for a busy machine.</summary>
    public static async Task<bool> TrueAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        return condition();
    }
}
