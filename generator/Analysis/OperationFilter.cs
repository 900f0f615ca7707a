using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>Applies the ServiceModel item's <c>Operations</c> metadata.</summary>
internal static class OperationFilter
{
    public static List<OperationDefinition> Apply(ServiceDefinition service, IReadOnlyCollection<string> names, DiagnosticBag diagnostics)
    {
        if (names.Count == 0)
        {
            return service.Operations.ToList();
        }

        var byName = new Dictionary<string, OperationDefinition>(StringComparer.Ordinal);
        foreach (var operation in service.Operations)
        {
            byName[operation.Name] = operation;
        }

        var selected = new List<OperationDefinition>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (byName.TryGetValue(name, out var operation))
            {
                selected.Add(operation);
                continue;
            }

            var closest = Closest(name, byName.Keys);
            var hint = closest.Count == 0 ? "" : "; did you mean " + string.Join(", ", closest.Select(c => "'" + c + "'")) + "?";
            diagnostics.Report(DiagnosticDescriptors.UnknownOperation, service.Location, name, hint);
        }

        return selected;
    }

    private static List<string> Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(3, name.Length / 2))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)
            .ToList();

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
