using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>How to page through an operation's results, as the model states it (botocore paginators-1.json or Smithy <c>@paginated</c>).</summary>
/// <param name="InputTokens">The input members that carry the continuation tokens (botocore allows several).</param>
/// <param name="OutputTokens">For each input token, the output expression giving it: a member path (<c>a.b</c>), the last element of a list (<c>a[-1].b</c>), or alternatives (<c>x || y</c>).</param>
/// <param name="PageSize">The input member limiting the page size (botocore <c>limit_key</c>, Smithy <c>pageSize</c>).</param>
/// <param name="ResultKeys">Output member paths of the results; the first holds the items.</param>
/// <param name="MoreResults">An output path that is false on the last page (botocore <c>more_results</c>).</param>
/// <param name="NonAggregateKeys">Output member paths kept from the first page when pages are combined (botocore <c>non_aggregate_keys</c>).</param>
/// <param name="Location">Where the paginator is written, for diagnostics; not part of what it says.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record PaginatorSpec(
    EquatableArray<string> InputTokens,
    EquatableArray<string> OutputTokens,
    string? PageSize,
    EquatableArray<string> ResultKeys,
    string? MoreResults,
    EquatableArray<string> NonAggregateKeys,
    DiagnosticLocation? Location);
