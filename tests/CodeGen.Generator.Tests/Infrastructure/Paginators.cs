using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Paginators as a model states them, compared without where they are written.</summary>
internal static class Paginators
{
    /// <summary>A paginator with one token and at most one result key, as Smithy's @paginated trait states one.</summary>
    public static PaginatorSpec Of(string inputToken, string outputToken, string? pageSize, string? items) => new(
        new[] { inputToken }.ToEquatableArray(),
        new[] { outputToken }.ToEquatableArray(),
        pageSize,
        items is null ? EquatableArray<string>.Empty : new[] { items }.ToEquatableArray(),
        null,
        EquatableArray<string>.Empty,
        null);

    public static PaginatorSpec? AsRead(PaginatorSpec? paginator) => paginator is null ? null : paginator with { Location = null };
}
