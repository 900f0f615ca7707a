using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A paginator resolved against the operation's structures: C# property names to follow.</summary>
/// <param name="InputToken">The request property carrying the continuation token.</param>
/// <param name="OutputToken">The response property path (one name per level) to the next token.</param>
/// <param name="Items">The response property path to the page's items, when the model names them.</param>
/// <param name="ItemType">The element type of the items list.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginationSpec(string InputToken, EquatableArray<string> OutputToken, EquatableArray<string> Items, TypeRef? ItemType);
