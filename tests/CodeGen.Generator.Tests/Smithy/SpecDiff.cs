using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>One place where two semantic models differ: a path such as <c>Structures[UserType].Members[type].Type.Kind</c>.</summary>
internal sealed record SpecDifference(string Path, string Left, string Right)
{
    public override string ToString() => Path + ": " + Left + " <> " + Right;
}

/// <summary>
/// Walks two <see cref="ServiceSpec"/>s (or any parts of them) by reflection and lists where they differ,
/// so a failing equivalence test says where, not just that the records are unequal. Lists of named
/// things (operations, structures, members, enum values) are matched by name; documentation is compared
/// after collapsing whitespace.
/// </summary>
internal static class SpecDiff
{
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.Compiled);

    public static List<SpecDifference> Compare(object? left, object? right, string path = "")
    {
        var differences = new List<SpecDifference>();
        Walk(left, right, path, null, differences);
        return differences;
    }

    public static string NormalizeDocumentation(string? text) => text is null ? "" : s_whitespace.Replace(text, " ").Trim();

    public static string Format(IEnumerable<SpecDifference> differences, string leftName, string rightName)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"path: {leftName} <> {rightName}");
        foreach (var difference in differences)
        {
            builder.AppendLine("  " + difference);
        }

        return builder.ToString();
    }

    private static void Walk(object? left, object? right, string path, string? propertyName, List<SpecDifference> differences)
    {
        if (propertyName == "Documentation")
        {
            var l = NormalizeDocumentation(left as string);
            var r = NormalizeDocumentation(right as string);
            if (l != r)
            {
                differences.Add(new SpecDifference(path, Show(l), Show(r)));
            }

            return;
        }

        if (left is null || right is null)
        {
            if (!(left is null && right is null))
            {
                differences.Add(new SpecDifference(path, Show(left), Show(right)));
            }

            return;
        }

        var type = left.GetType();
        if (type != right.GetType())
        {
            differences.Add(new SpecDifference(path, Show(left), Show(right)));
            return;
        }

        if (left is string || type.IsPrimitive || type.IsEnum)
        {
            if (!left.Equals(right))
            {
                differences.Add(new SpecDifference(path, Show(left), Show(right)));
            }

            return;
        }

        if (left is IEnumerable leftItems && right is IEnumerable rightItems)
        {
            WalkList(leftItems.Cast<object>().ToList(), rightItems.Cast<object>().ToList(), path, differences);
            return;
        }

        foreach (var property in RecordProperties(type))
        {
            Walk(property.GetValue(left), property.GetValue(right), path + (path.Length == 0 ? "" : ".") + property.Name, property.Name, differences);
        }
    }

    private static void WalkList(List<object> left, List<object> right, string path, List<SpecDifference> differences)
    {
        var sample = left.Concat(right).FirstOrDefault();
        if (sample is null)
        {
            return;
        }

        if (KeyOf(sample) is null)
        {
            // Plain values (error names): compared as sets, since their order carries no meaning.
            var leftSet = left.Select(Show).ToList();
            var rightSet = right.Select(Show).ToList();
            foreach (var missing in rightSet.Except(leftSet))
            {
                differences.Add(new SpecDifference(path + "[" + missing + "]", "(absent)", "(present)"));
            }

            foreach (var extra in leftSet.Except(rightSet))
            {
                differences.Add(new SpecDifference(path + "[" + extra + "]", "(present)", "(absent)"));
            }

            return;
        }

        var leftByKey = left.ToDictionary(i => KeyOf(i)!);
        var rightByKey = right.ToDictionary(i => KeyOf(i)!);
        foreach (var item in left)
        {
            var key = KeyOf(item)!;
            if (rightByKey.TryGetValue(key, out var other))
            {
                Walk(item, other, path + "[" + key + "]", null, differences);
            }
            else
            {
                differences.Add(new SpecDifference(path + "[" + key + "]", "(present)", "(absent)"));
            }
        }

        foreach (var item in right.Where(i => !leftByKey.ContainsKey(KeyOf(i)!)))
        {
            differences.Add(new SpecDifference(path + "[" + KeyOf(item) + "]", "(absent)", "(present)"));
        }

        var leftOrder = left.Select(KeyOf).Where(rightByKey.ContainsKey!).ToList();
        var rightOrder = right.Select(KeyOf).Where(leftByKey.ContainsKey!).ToList();
        if (!leftOrder.SequenceEqual(rightOrder))
        {
            differences.Add(new SpecDifference(path + " (order)", string.Join(",", leftOrder), string.Join(",", rightOrder)));
        }
    }

    private static string? KeyOf(object item) => item switch
    {
        OperationSpec o => o.Name,
        StructureSpec s => s.ShapeName,
        EnumSpec e => e.ShapeName,
        UnionSpec u => u.ShapeName,
        MemberSpec m => m.Name,
        EnumValueSpec v => v.Value,
        PaginationToken t => t.InputProperty,
        PaginationPath p => string.Join(".", p.Steps.Select(s => s.Property + (s.LastElement ? "[-1]" : ""))),
        PaginationStep s => s.Property,
        _ => null,
    };

    /// <summary>The record's positional properties: its data, without computed conveniences.</summary>
    private static IEnumerable<PropertyInfo> RecordProperties(Type type)
    {
        var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
            .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => parameters.Contains(p.Name));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + (s) + "\"",
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
