using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>A kind of difference between a botocore and a Smithy model an equivalence test accepts, and why.</summary>
internal sealed record Tolerance(string Reason, Func<SpecDifference, bool> Matches)
{
    /// <summary>Splits differences into those some tolerance accepts (grouped by reason) and the rest.</summary>
    public static (Dictionary<string, List<SpecDifference>> Tolerated, List<SpecDifference> Unexpected) Classify(
        IEnumerable<SpecDifference> differences, IReadOnlyList<Tolerance> tolerances)
    {
        var tolerated = new Dictionary<string, List<SpecDifference>>();
        var unexpected = new List<SpecDifference>();
        foreach (var difference in differences)
        {
            var tolerance = tolerances.FirstOrDefault(t => t.Matches(difference));
            if (tolerance is null)
            {
                unexpected.Add(difference);
                continue;
            }

            if (!tolerated.TryGetValue(tolerance.Reason, out var list))
            {
                tolerated[tolerance.Reason] = list = new List<SpecDifference>();
            }

            list.Add(difference);
        }

        return (tolerated, unexpected);
    }

    /// <summary>Each reason with its count and a few examples, for the test output.</summary>
    public static string Describe(Dictionary<string, List<SpecDifference>> tolerated, int examples = 3)
    {
        var builder = new StringBuilder();
        foreach (var pair in tolerated.OrderByDescending(p => p.Value.Count))
        {
            builder.AppendLine($"  {pair.Value.Count,4} x {pair.Key}");
            foreach (var difference in pair.Value.Take(examples))
            {
                var text = difference.ToString();
                builder.AppendLine("         e.g. " + (text.Length > 220 ? text.Substring(0, 220) + "..." : text));
            }
        }

        return builder.ToString();
    }

    // Matchers shared by the equivalence tests.
    public static bool IsProperty(SpecDifference d, string property) => d.Path.EndsWith("." + property, StringComparison.Ordinal);

    public static bool OnlyInBotocore(SpecDifference d) => d.Left == "(present)" && d.Right == "(absent)";

    public static bool OnlyInSmithy(SpecDifference d) => d.Left == "(absent)" && d.Right == "(present)";

    public static bool Is(SpecDifference d, string left, string right) => d.Left == left && d.Right == right;

    /// <summary>Whether two pattern literals differ only in <c>^</c>/<c>$</c> anchors or match-anything padding (<c>.*</c>, <c>[\s\S]*</c>) at either end.</summary>
    public static bool PatternsDifferOnlyInAnchoring(SpecDifference d) =>
        IsProperty(d, "Constraints.Pattern") && d.Left != "null" && d.Right != "null" && Core(d.Left) == Core(d.Right);

    private static string Core(string quoted)
    {
        var pattern = quoted.Trim('"');
        pattern = Regex.Replace(pattern, @"^\^", "");
        pattern = Regex.Replace(pattern, @"(?<!\\)\$$", "");
        pattern = Regex.Replace(pattern, @"^(\.\*|\[\\s\\S\]\*)", "");
        pattern = Regex.Replace(pattern, @"(\.\*|\[\\s\\S\]\*)$", "");
        return pattern;
    }
}
