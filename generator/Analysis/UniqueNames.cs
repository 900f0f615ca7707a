using System;
using System.Collections.Generic;
using System.Globalization;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Hands out names unique within one scope (case-insensitively, since hint names and some file systems
/// ignore case), suffixing clashes with <c>2</c>, <c>3</c>, ...
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public UniqueNames(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    public void Reserve(string name) => _used.Add(name.TrimStart('@'));

    /// <summary>Returns <paramref name="preferred"/>, or if taken <paramref name="preferred"/> + <paramref name="clashSuffix"/>, then numbered variants.</summary>
    public string Claim(string preferred, string clashSuffix = "")
    {
        var bare = preferred.TrimStart('@');
        if (_used.Add(bare))
        {
            return preferred;
        }

        var candidate = bare + clashSuffix;
        if (clashSuffix.Length > 0 && _used.Add(candidate))
        {
            return candidate;
        }

        for (var i = 2; ; i++)
        {
            var numbered = candidate + i.ToString(CultureInfo.InvariantCulture);
            if (_used.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
