using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A paginator resolved against the operation's structures: what to follow, in C# property names and types.</summary>
/// <param name="ClassName">The internal class holding the paginator's logic.</param>
/// <param name="Tokens">Each continuation token: the request property it goes to and how to take it from a page.</param>
/// <param name="MoreResults">A boolean on the page that is false on the last page, when the model names one.</param>
/// <param name="PageSize">The request property limiting the page size, when the model names one (kept across pages).</param>
/// <param name="Items">The page's list of items (the first result key), when it is a list.</param>
/// <param name="ItemType">The element type of <paramref name="Items"/>.</param>
/// <param name="Results">The result keys combined across pages (lists concatenated, numbers added, strings joined), as botocore's full result does.</param>
/// <param name="ClearedWhenCombined">Page members that say "more pages follow" (tokens, <c>more_results</c>), reset in the combined response.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginationSpec(
    string ClassName,
    EquatableArray<PaginationToken> Tokens,
    PaginationPath? MoreResults,
    string? PageSize,
    PaginationPath? Items,
    TypeRef? ItemType,
    EquatableArray<PaginationPath> Results,
    EquatableArray<PaginationPath> ClearedWhenCombined);

/// <summary>One continuation token: the request property it fills, and the page expression (alternatives tried in order) it comes from.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginationToken(string InputProperty, TypeRef Type, EquatableArray<PaginationPath> Alternatives);

/// <summary>A path through a response: one step per member, the last step's type being the value's.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginationPath(EquatableArray<PaginationStep> Steps)
{
    public TypeRef Type => Steps[Steps.Count - 1].Type;
}

/// <summary>
/// One member on a path: its property, whether the step's value may be null, and its type; with
/// <paramref name="LastElement"/> the step then takes the list's last element (<c>[-1]</c>), and
/// <paramref name="Type"/> and <paramref name="IsNullable"/> are the element's.
/// </summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginationStep(string Property, bool IsNullable, TypeRef Type, bool LastElement);
