using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit.Client;

/// <summary>
/// Emits a paginated operation's internal pagination class (the next request after a page, a page's items,
/// pages combined into one response) and the client's <c>XxxPagesAsync</c>, <c>XxxItemsAsync</c> and
/// <c>XxxAllPagesAsync</c> methods that use it. Pages stop when no token comes back, when
/// <c>more_results</c> is false, or when the service repeats the tokens it was sent.
/// </summary>
internal static class PaginatorEmitter
{
    private const string EnumeratorCancellation = "[global::System.Runtime.CompilerServices.EnumeratorCancellation] ";

    public static SourceText Emit(PaginationUnit unit)
    {
        var context = unit.Context;
        var operation = unit.Operation;
        var pagination = operation.Pagination!;
        var ns = context.Namespace;
        var request = context.TypeRef(operation.Input!.TypeName);
        var response = context.TypeRef(operation.Output!.TypeName);
        var writer = FileWriter.Start(context.InternalNamespace);
        writer.Line("/// <summary>Pages through " + DocComments.Escape(operation.Name) + ": the request after a page, a page's items, and pages combined into one response.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block("internal static class " + pagination.ClassName))
        {
            WriteNextRequest(writer, pagination, request, response, ns);
            for (var i = 0; i < pagination.Tokens.Count; i++)
            {
                WriteToken(writer, pagination.Tokens[i], i, response, ns);
            }

            if (pagination.MoreResults is { } more)
            {
                writer.Line();
                writer.Line("/// <summary>The page's own word on whether more pages follow.</summary>");
                using (writer.Block("private static bool MoreResults(" + response + " page)"))
                {
                    WritePath(writer, more, "page", "false", value => "return " + value + " is true;");
                }
            }

            if (pagination.Items is { } items)
            {
                writer.Line();
                writer.Line("/// <summary>The page's items.</summary>");
                using (writer.Block("public static " + TypeNames.Of(items.Type, ns) + "? Items(" + response + " page)"))
                {
                    WritePath(writer, items, "page", "null", value => "return " + value + ";");
                }
            }

            WriteCombine(writer, pagination, response, ns);
        }

        return FileWriter.Finish(writer);
    }

    public static void WriteInterfaceMembers(SourceWriter writer, ServiceContext context, OperationSpec operation, PaginationSpec pagination)
    {
        writer.Line();
        WritePagesDocs(writer, operation);
        writer.Line(PagesSignature(context, operation) + ";");
        if (pagination.ItemType is not null)
        {
            writer.Line();
            WriteItemsDocs(writer, operation);
            writer.Line(ItemsSignature(context, operation, pagination) + ";");
        }

        writer.Line();
        WriteAllPagesDocs(writer, operation, pagination);
        writer.Line(AllPagesSignature(context, operation) + ";");
    }

    public static void WriteClientMethods(SourceWriter writer, ServiceContext context, OperationSpec operation, PaginationSpec pagination)
    {
        var internalClass = context.InternalTypeRef(pagination.ClassName);
        var request = context.TypeRef(operation.Input!.TypeName);
        var response = context.TypeRef(operation.Output!.TypeName);
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        FileWriter.WriteObsolete(writer, operation.Deprecation);
        using (writer.Block("public async " + PagesSignature(context, operation, EnumeratorCancellation)))
        {
            writer.Line(KnownTypes.ArgumentNullException + ".ThrowIfNull(request);");
            using (writer.Block("for (" + request + "? next = request; next is not null;)"))
            {
                writer.Line("var page = await " + operation.MethodName + "Async(next, cancellationToken).ConfigureAwait(false);");
                writer.Line("yield return page;");
                writer.Line("next = " + internalClass + ".NextRequest(next, page);");
            }
        }

        if (pagination.ItemType is not null)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            FileWriter.WriteObsolete(writer, operation.Deprecation);
            using (writer.Block("public async " + ItemsSignature(context, operation, pagination, EnumeratorCancellation)))
            using (writer.Block("await foreach (var page in " + ConfiguredPages(operation) + ")"))
            {
                using (writer.Block("if (" + internalClass + ".Items(page) is not { } items)"))
                {
                    writer.Line("continue;");
                }

                // An indexer loop: foreach over IReadOnlyList<T> would box an enumerator per page.
                using (writer.Block("for (var i = 0; i < items.Count; i++)"))
                {
                    writer.Line("yield return items[i];");
                }
            }
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        FileWriter.WriteObsolete(writer, operation.Deprecation);
        using (writer.Block("public async " + AllPagesSignature(context, operation)))
        {
            writer.Line(response + "? combined = null;");
            using (writer.Block("await foreach (var page in " + ConfiguredPages(operation) + ")"))
            {
                writer.Line("combined = combined is null ? page : " + internalClass + ".Combine(combined, page);");
            }

            // The first page always arrives (or the call throws), so combined is set.
            writer.Line("return " + internalClass + ".Finish(combined!);");
        }
    }

    // ConfigureAwait on an async stream is an extension method; called statically, no using is needed.
    private static string ConfiguredPages(OperationSpec operation) =>
        "global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(" + operation.MethodName + "PagesAsync(request, cancellationToken), false)";

    private static string PagesSignature(ServiceContext context, OperationSpec operation, string attribute = "") =>
        KnownTypes.IAsyncEnumerable + "<" + context.TypeRef(operation.Output!.TypeName) + "> " + operation.MethodName + "PagesAsync(" +
        context.TypeRef(operation.Input!.TypeName) + " request, " + attribute + KnownTypes.CancellationToken + " cancellationToken = default)";

    private static string ItemsSignature(ServiceContext context, OperationSpec operation, PaginationSpec pagination, string attribute = "") =>
        KnownTypes.IAsyncEnumerable + "<" + TypeNames.Of(pagination.ItemType!, context.Namespace) + "> " + operation.MethodName + "ItemsAsync(" +
        context.TypeRef(operation.Input!.TypeName) + " request, " + attribute + KnownTypes.CancellationToken + " cancellationToken = default)";

    private static string AllPagesSignature(ServiceContext context, OperationSpec operation) =>
        KnownTypes.Task + "<" + context.TypeRef(operation.Output!.TypeName) + "> " + operation.MethodName + "AllPagesAsync(" +
        context.TypeRef(operation.Input!.TypeName) + " request, " + KnownTypes.CancellationToken + " cancellationToken = default)";

    private static void WritePagesDocs(SourceWriter writer, OperationSpec operation)
    {
        writer.Line("/// <summary>Calls " + DocComments.Escape(operation.Name) + " repeatedly, following the continuation token, and yields each page.</summary>");
        writer.Line("/// <param name=\"request\">The first request; later requests differ only in their token.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
        writer.Line("/// <returns>The pages, fetched as they are enumerated.</returns>");
        FileWriter.WriteObsolete(writer, operation.Deprecation);
    }

    private static void WriteItemsDocs(SourceWriter writer, OperationSpec operation)
    {
        writer.Line("/// <summary>Calls " + DocComments.Escape(operation.Name) + " repeatedly and yields the items of every page.</summary>");
        writer.Line("/// <param name=\"request\">The first request; later requests differ only in their token.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
        writer.Line("/// <returns>The items, fetched page by page as they are enumerated.</returns>");
        FileWriter.WriteObsolete(writer, operation.Deprecation);
    }

    private static void WriteAllPagesDocs(SourceWriter writer, OperationSpec operation, PaginationSpec pagination)
    {
        var results = pagination.Results.Where(r => Combines(r.Type.Kind)).Select(r => string.Join(".", r.Steps.Select(s => s.Property))).ToList();
        writer.Line("/// <summary>Calls " + DocComments.Escape(operation.Name) + " until the last page and returns one response combining them" +
            (results.Count == 0 ? "" : ": " + DocComments.Escape(string.Join(", ", results)) + " of every page (lists joined, counts added)") +
            "; every other member comes from the first page.</summary>");
        writer.Line("/// <param name=\"request\">The first request; later requests differ only in their token.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the calls.</param>");
        writer.Line("/// <returns>The combined response, without a continuation token.</returns>");
        FileWriter.WriteObsolete(writer, operation.Deprecation);
    }

    private static void WriteNextRequest(SourceWriter writer, PaginationSpec pagination, string request, string response, string ns)
    {
        writer.Line("/// <summary>The request for the page after <paramref name=\"page\"/>, or null when <paramref name=\"page\"/> was the last.</summary>");
        writer.Line("/// <param name=\"request\">The request that fetched the page.</param>");
        writer.Line("/// <param name=\"page\">The page.</param>");
        writer.Line("/// <returns>The next request: the same request with the page's tokens.</returns>");
        using (writer.Block("public static " + request + "? NextRequest(" + request + " request, " + response + " page)"))
        {
            if (pagination.MoreResults is not null)
            {
                using (writer.Block("if (!MoreResults(page))"))
                {
                    writer.Line("return null;");
                }
            }

            var tokens = pagination.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                writer.Line("var token" + Index(i) + " = Token" + Index(i) + "(page);");
            }

            using (writer.Block("if (" + string.Join(" && ", tokens.Select((_, i) => "token" + Index(i) + " is null")) + ")"))
            {
                writer.Line("return null;");
            }

            if (tokens.All(t => IsScalar(t.Type.Kind)))
            {
                // A service that sends back the very tokens it was sent has no further page (some echo the last one).
                var same = tokens.Select((t, i) => KnownTypes.EqualityComparer + "<" + TypeNames.Of(t.Type, ns) + "?>.Default.Equals(token" + Index(i) +
                    ", request." + t.InputProperty + ")");
                using (writer.Block("if (" + string.Join(" && ", same) + ")"))
                {
                    writer.Line("return null;");
                }
            }

            // A token that did not come back is left out of the next request, as botocore does.
            writer.Line("return request with { " + string.Join(", ", tokens.Select((t, i) => t.InputProperty + " = token" + Index(i))) + " };");
        }
    }

    private static void WriteToken(SourceWriter writer, PaginationToken token, int index, string response, string ns)
    {
        var type = TypeNames.Of(token.Type, ns) + "?";
        writer.Line();
        writer.Line("/// <summary>The page's value for " + DocComments.Escape(token.InputProperty) + ", or null when absent or empty.</summary>");
        var alternatives = token.Alternatives.Select((_, a) => "Token" + Index(index) + (token.Alternatives.Count == 1 ? "" : "Option" + Index(a)) + "(page)");
        if (token.Alternatives.Count > 1)
        {
            // x || y: the first alternative that is present.
            writer.Line("private static " + type + " Token" + Index(index) + "(" + response + " page) => " + string.Join(" ?? ", alternatives) + ";");
        }

        for (var a = 0; a < token.Alternatives.Count; a++)
        {
            if (token.Alternatives.Count > 1)
            {
                writer.Line();
            }

            var name = "Token" + Index(index) + (token.Alternatives.Count == 1 ? "" : "Option" + Index(a));
            using (writer.Block("private static " + type + " " + name + "(" + response + " page)"))
            {
                var kind = token.Alternatives[a].Type.Kind;
                WritePath(writer, token.Alternatives[a], "page", "null", value => Present(kind, value) is { } present
                    ? "return " + present + " ? " + value + " : null;"
                    : "return " + value + ";");
            }
        }
    }

    /// <summary>
    /// Writes statements that walk <paramref name="path"/> from <paramref name="root"/>, returning
    /// <paramref name="absent"/> at the first missing step, then <paramref name="finish"/> of the value.
    /// </summary>
    private static void WritePath(SourceWriter writer, PaginationPath path, string root, string absent, System.Func<string, string> finish)
    {
        var current = root;
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            var access = current + "." + step.Property;
            if (step.LastElement)
            {
                writer.Line("if (" + access + " is not { Count: > 0 } list" + Index(i) + ") return " + absent + ";");
                access = "list" + Index(i) + "[list" + Index(i) + ".Count - 1]";
            }

            // A value type that cannot be null is taken as is ("is not { }" could never match it).
            writer.Line(step.Type.IsValueType && !step.IsNullable
                ? "var value" + Index(i) + " = " + access + ";"
                : "if (" + access + " is not { } value" + Index(i) + ") return " + absent + ";");
            current = "value" + Index(i);
        }

        writer.Line(finish(current));
    }

    private static void WriteCombine(SourceWriter writer, PaginationSpec pagination, string response, string ns)
    {
        writer.Line();
        writer.Line("/// <summary>Adds a page to the pages combined so far: result lists joined, counts added; everything else stays as the first page had it.</summary>");
        using (writer.Block("public static " + response + " Combine(" + response + " combined, " + response + " page)"))
        {
            var r = 0;
            foreach (var result in pagination.Results.Where(p => Combines(p.Type.Kind)))
            {
                writer.Line("combined = combined with { " + result.Steps[0].Property + " = " + Merge(result, 0, "combined", "page", "r" + Index(r++), ns) + " };");
            }

            writer.Line("return combined;");
        }

        writer.Line();
        writer.Line("/// <summary>The combined response says no more pages follow: its tokens and more-results flags are cleared.</summary>");
        using (writer.Block("public static " + response + " Finish(" + response + " combined)"))
        {
            var c = 0;
            foreach (var path in pagination.ClearedWhenCombined)
            {
                var cleared = Cleared(path, 0, "combined", "f" + Index(c++));
                if (cleared is not null)
                {
                    writer.Line("combined = combined with { " + path.Steps[0].Property + " = " + cleared + " };");
                }
            }

            writer.Line("return combined;");
        }

        if (pagination.Results.Any(p => p.Type.Kind == TypeKind.List))
        {
            writer.Line();
            using (writer.Block("private static " + KnownTypes.IReadOnlyList + "<T>? Concat<T>(" + KnownTypes.IReadOnlyList + "<T>? first, " + KnownTypes.IReadOnlyList + "<T>? next)"))
            {
                using (writer.Block("if (first is null || next is null || next.Count == 0)"))
                {
                    writer.Line("return first ?? next;");
                }

                writer.Line("var all = new " + KnownTypes.List + "<T>(first.Count + next.Count);");
                writer.Line("all.AddRange(first);");
                writer.Line("all.AddRange(next);");
                writer.Line("return all;");
            }
        }
    }

    /// <summary>The merged value of step <paramref name="i"/> of a result path, from the combined and the page's parents.</summary>
    private static string Merge(PaginationPath path, int i, string combined, string page, string prefix, string ns)
    {
        var step = path.Steps[i];
        var a = combined + "." + step.Property;
        var b = page + "." + step.Property;
        if (i < path.Steps.Count - 1)
        {
            var ca = prefix + "c" + Index(i);
            var pb = prefix + "p" + Index(i);
            return a + " is { } " + ca + " && " + b + " is { } " + pb + " ? " + ca + " with { " + path.Steps[i + 1].Property + " = " +
                Merge(path, i + 1, ca, pb, prefix, ns) + " } : " + a + (step.IsNullable ? " ?? " + b : "");
        }

        var type = TypeNames.Of(step.Type, ns);
        switch (step.Type.Kind)
        {
            case TypeKind.List:
                return "Concat(" + a + ", " + b + ")" + (step.IsNullable ? "" : "!");
            case TypeKind.String:
                return step.IsNullable ? "(" + a + " is null ? " + b + " : " + a + " + " + b + ")" : a + " + " + b;
            default:
                var x = prefix + "x";
                var y = prefix + "y";
                return step.IsNullable
                    ? "(" + a + " is { } " + x + " && " + b + " is { } " + y + " ? (" + type + ")(" + x + " + " + y + ") : " + a + " ?? " + b + ")"
                    : "(" + type + ")(" + a + " + " + b + ")";
        }
    }

    /// <summary>The value of step <paramref name="i"/> with the path's end cleared: a token to null, a more-results flag to false.</summary>
    private static string? Cleared(PaginationPath path, int i, string parent, string prefix)
    {
        var step = path.Steps[i];
        var access = parent + "." + step.Property;
        if (i < path.Steps.Count - 1)
        {
            var inner = Cleared(path, i + 1, prefix + Index(i), prefix);
            return inner is null ? null : access + " is { } " + prefix + Index(i) + " ? " + prefix + Index(i) + " with { " + path.Steps[i + 1].Property + " = " + inner + " } : " + access;
        }

        if (step.Type.Kind == TypeKind.Boolean)
        {
            return "false";
        }

        return step.IsNullable ? "null" : null;
    }

    /// <summary>The kinds botocore combines across pages: lists joined, numbers added, strings concatenated.</summary>
    private static bool Combines(TypeKind kind) => kind is TypeKind.List or TypeKind.String or TypeKind.Byte or TypeKind.Short or TypeKind.Integer
        or TypeKind.Long or TypeKind.Float or TypeKind.Double or TypeKind.BigDecimal;

    private static bool IsScalar(TypeKind kind) => kind is TypeKind.String or TypeKind.Boolean or TypeKind.Byte or TypeKind.Short or TypeKind.Integer
        or TypeKind.Long or TypeKind.Float or TypeKind.Double or TypeKind.BigDecimal or TypeKind.BigInteger or TypeKind.Enum or TypeKind.IntEnum
        or TypeKind.Timestamp;

    /// <summary>Whether a token value counts as given: botocore treats empty strings and collections, 0 and false as no token.</summary>
    private static string? Present(TypeKind kind, string value) => kind switch
    {
        TypeKind.String => value + ".Length > 0",
        TypeKind.List or TypeKind.Map => value + ".Count > 0",
        TypeKind.Boolean => value,
        TypeKind.Byte or TypeKind.Short or TypeKind.Integer or TypeKind.Long or TypeKind.Float or TypeKind.Double or TypeKind.BigDecimal => value + " != 0",
        TypeKind.Enum => value + ".Value.Length > 0",
        TypeKind.IntEnum => value + ".Value != 0",
        TypeKind.Blob => "!" + value + ".IsEmpty",
        _ => null,
    };

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
