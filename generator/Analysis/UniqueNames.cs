using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Hands out names unique within one scope (case-insensitively, since hint names and some file systems
/// ignore case), suffixing clashes with <c>2</c>, <c>3</c>, ...
/// </summary>
internal sealed class UniqueNames
{
    // One set per reserved-names array (ReservedNames' arrays are shared by thousands of scopes), never changed.
    private static readonly ConditionalWeakTable<string[], HashSet<string>> s_reservedSets = new();
    private readonly HashSet<string> _reserved;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public UniqueNames(params string[] reserved) =>
        _reserved = s_reservedSets.GetValue(reserved, static names => new HashSet<string>(names, StringComparer.OrdinalIgnoreCase));

    public void Reserve(string name) => _used.Add(name.TrimStart('@'));

    /// <summary>Returns <paramref name="preferred"/>, or if taken <paramref name="preferred"/> + <paramref name="clashSuffix"/>, then numbered variants.</summary>
    public string Claim(string preferred, string clashSuffix = "")
    {
        var bare = preferred.TrimStart('@');
        if (TryUse(bare))
        {
            return preferred;
        }

        var candidate = bare + clashSuffix;
        if (clashSuffix.Length > 0 && TryUse(candidate))
        {
            return candidate;
        }

        for (var i = 2; ; i++)
        {
            var numbered = candidate + i.ToString(CultureInfo.InvariantCulture);
            if (TryUse(numbered))
            {
                return numbered;
            }
        }
    }

    private bool TryUse(string name) => !_reserved.Contains(name) && _used.Add(name);
}
