using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Resolves a paginator, as the model states it, against the operation's generated structures: every token,
/// <c>more_results</c>, result key and <c>non_aggregate_keys</c> entry becomes a path of C# properties. The
/// expressions botocore uses are read: member paths (<c>a.b</c>), the last element of a list (<c>a[-1].b</c>)
/// and alternatives (<c>x || y</c>). A paginator that does not fit its shapes is reported (CG0014) and
/// not generated; nothing is dropped silently.
/// </summary>
internal sealed class PaginationResolver
{
    private readonly Dictionary<string, StructureSpec> _structures;
    private readonly DiagnosticBag _diagnostics;

    public PaginationResolver(IEnumerable<StructureSpec> structures, DiagnosticBag diagnostics)
    {
        _structures = structures.ToDictionary(s => s.ShapeName, StringComparer.Ordinal);
        _diagnostics = diagnostics;
    }

    public PaginationSpec? Resolve(string operationName, PaginatorSpec paginator, StructureRef? inputRef, StructureRef? outputRef, string className)
    {
        var problem = (string?)null;
        var spec = inputRef is null || outputRef is null || !_structures.TryGetValue(inputRef.ShapeName, out var input) ||
                   !_structures.TryGetValue(outputRef.ShapeName, out var output)
            ? Fail<PaginationSpec>(out problem, "the operation has no input or no output to page through")
            : Resolve(paginator, input, output, className, out problem);
        if (problem is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedPaginator, paginator.Location, operationName, problem);
        }

        return spec;
    }

    private PaginationSpec? Resolve(PaginatorSpec paginator, StructureSpec input, StructureSpec output, string className, out string? problem)
    {
        if (paginator.InputTokens.IsEmpty || paginator.OutputTokens.IsEmpty)
        {
            return Fail<PaginationSpec>(out problem, "it names no " + (paginator.InputTokens.IsEmpty ? "input" : "output") + " token");
        }

        if (paginator.InputTokens.Count != paginator.OutputTokens.Count)
        {
            return Fail<PaginationSpec>(out problem, $"it has {paginator.InputTokens.Count} input tokens but {paginator.OutputTokens.Count} output tokens");
        }

        var tokens = new List<PaginationToken>();
        for (var i = 0; i < paginator.InputTokens.Count; i++)
        {
            var token = ResolveToken(paginator.InputTokens[i], paginator.OutputTokens[i], input, output, out problem);
            if (token is null)
            {
                return null;
            }

            tokens.Add(token);
        }

        PaginationPath? moreResults = null;
        if (paginator.MoreResults is { } more)
        {
            moreResults = ResolvePath(output, more, out problem);
            if (moreResults is null)
            {
                return null;
            }

            if (moreResults.Type.Kind != TypeKind.Boolean)
            {
                return Fail<PaginationSpec>(out problem, $"more_results '{more}' is not a boolean");
            }
        }

        string? pageSize = null;
        if (paginator.PageSize is { } limit)
        {
            pageSize = input.Members.FirstOrDefault(m => m.Name == limit)?.PropertyName;
            if (pageSize is null)
            {
                return Fail<PaginationSpec>(out problem, $"its page size '{limit}' is not a member of {input.ShapeName}");
            }
        }

        var results = new List<PaginationPath>();
        foreach (var key in paginator.ResultKeys)
        {
            var path = ResolvePath(output, key, out problem);
            if (path is null)
            {
                return null;
            }

            results.Add(path);
        }

        foreach (var key in paginator.NonAggregateKeys)
        {
            // Kept from the first page when pages are combined, which is what the combined response starts from.
            if (ResolvePath(output, key, out problem) is null)
            {
                return null;
            }
        }

        var items = results.Count > 0 && results[0].Type.Kind == TypeKind.List && results[0].Steps.All(s => !s.LastElement) ? results[0] : null;
        var cleared = tokens.SelectMany(t => t.Alternatives).Append(moreResults)
            .Where(p => p is not null && p.Steps.All(s => !s.LastElement))
            .Select(p => p!)
            .Distinct()
            .ToEquatableArray();
        problem = null;
        return new PaginationSpec(className, tokens.ToEquatableArray(), moreResults, pageSize, items, items?.Type.Element,
            results.Where(p => p.Steps.All(s => !s.LastElement)).ToEquatableArray(), cleared);
    }

    private PaginationToken? ResolveToken(string inputToken, string outputToken, StructureSpec input, StructureSpec output, out string? problem)
    {
        var member = input.Members.FirstOrDefault(m => m.Name == inputToken);
        if (member is null)
        {
            return Fail<PaginationToken>(out problem, $"its input token '{inputToken}' is not a member of {input.ShapeName}");
        }

        if (!member.IsNullable)
        {
            return Fail<PaginationToken>(out problem, $"its input token '{inputToken}' is required, so it cannot be left out of the first request");
        }

        var alternatives = new List<PaginationPath>();
        foreach (var alternative in outputToken.Split(new[] { "||" }, StringSplitOptions.None))
        {
            var path = ResolvePath(output, alternative.Trim(), out problem);
            if (path is null)
            {
                return null;
            }

            if (!SameType(path.Type, member.Type))
            {
                return Fail<PaginationToken>(out problem, $"its output token '{alternative.Trim()}' ({Describe(path.Type)}) does not fit the input token '{inputToken}' ({Describe(member.Type)})");
            }

            alternatives.Add(path);
        }

        problem = null;
        return new PaginationToken(member.PropertyName, member.Type, alternatives.ToEquatableArray());
    }

    /// <summary>Resolves <c>a.b[-1].c</c>: members by model name, <c>[-1]</c> (a list's last element) after any step.</summary>
    private PaginationPath? ResolvePath(StructureSpec start, string expression, out string? problem)
    {
        var steps = new List<PaginationStep>();
        var current = start;
        var parts = expression.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var last = part.EndsWith("[-1]", StringComparison.Ordinal);
            var name = last ? part.Substring(0, part.Length - 4) : part;
            if (name.Length == 0 || name.IndexOfAny(new[] { '[', ']', '(', ')', '|', '*', '@', '&', '!', '?', ' ', '`' }) >= 0)
            {
                return Fail<PaginationPath>(out problem, $"'{expression}' is an expression CodeGen does not read (member paths, [-1] and || are supported)");
            }

            var member = current?.Members.FirstOrDefault(m => m.Name == name);
            if (member is null)
            {
                return Fail<PaginationPath>(out problem, $"'{expression}' names '{name}', which is not a member of {current?.ShapeName ?? "a structure"}");
            }

            var type = member.Type;
            if (last)
            {
                if (type.Kind != TypeKind.List)
                {
                    return Fail<PaginationPath>(out problem, $"'{expression}' takes the last element of '{name}', which is not a list");
                }

                type = type.Element!;
            }

            // A list's last element may be null only in a sparse list; a member's value, when the member is nullable.
            steps.Add(new PaginationStep(member.PropertyName, last ? member.Type.Sparse : member.IsNullable, type, last));
            if (i < parts.Length - 1)
            {
                if (type.Kind != TypeKind.Structure || !_structures.TryGetValue(type.ShapeName, out current))
                {
                    return Fail<PaginationPath>(out problem, $"'{expression}' goes through '{name}', which is not a structure");
                }
            }
        }

        problem = null;
        return new PaginationPath(steps.ToEquatableArray());
    }

    /// <summary>Whether two types are the same C# type (constraints and shape names aside).</summary>
    private static bool SameType(TypeRef a, TypeRef b) => a.Kind == b.Kind && a.Kind switch
    {
        TypeKind.List => a.Sparse == b.Sparse && SameType(a.Element!, b.Element!),
        TypeKind.Map => a.Sparse == b.Sparse && SameType(a.Key!, b.Key!) && SameType(a.Value!, b.Value!),
        TypeKind.Structure or TypeKind.Union or TypeKind.Enum or TypeKind.IntEnum => a.TypeName == b.TypeName,
        _ => true,
    };

    private static string Describe(TypeRef type) => type.TypeName ?? type.Kind.ToString().ToLowerInvariant();

    private static T? Fail<T>(out string? problem, string reason)
        where T : class
    {
        problem = reason;
        return null;
    }

}
