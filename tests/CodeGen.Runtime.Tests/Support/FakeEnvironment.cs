using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>Environment variables for a test, without touching the process environment.</summary>
internal static class FakeEnvironment
{
    public static Func<string, string?> Of(params (string Name, string Value)[] variables)
    {
        var map = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            map[name] = value;
        }

        return name => map.TryGetValue(name, out var value) ? value : null;
    }
}
