using System;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// Helpers for Smithy absolute shape ids: <c>namespace#Name</c>, and member ids <c>namespace#Name$member</c>.
/// The JSON AST only ever uses absolute ids, so relative ids are not resolved.
/// </summary>
internal static class ShapeId
{
    public const string PreludeNamespace = "smithy.api";

    /// <summary>Whether <paramref name="id"/> has a namespace, a name and at most a member part.</summary>
    public static bool IsAbsolute(string id)
    {
        var hash = id.IndexOf('#');
        return hash > 0 && hash < id.Length - 1 && id.IndexOf('#', hash + 1) < 0;
    }

    public static string Namespace(string id)
    {
        var hash = id.IndexOf('#');
        return hash < 0 ? "" : id.Substring(0, hash);
    }

    /// <summary>The name after <c>#</c>, without any member part: <c>com.example#Foo$bar</c> gives <c>Foo</c>.</summary>
    public static string Name(string id)
    {
        var hash = id.IndexOf('#');
        var name = hash < 0 ? id : id.Substring(hash + 1);
        var dollar = name.IndexOf('$');
        return dollar < 0 ? name : name.Substring(0, dollar);
    }

    /// <summary>Splits a member id into its shape id and member name; the member name is null for a shape id.</summary>
    public static (string Shape, string? Member) SplitMember(string id)
    {
        var dollar = id.IndexOf('$');
        return dollar < 0 ? (id, null) : (id.Substring(0, dollar), id.Substring(dollar + 1));
    }

    public static bool IsPrelude(string id) => string.Equals(Namespace(id), PreludeNamespace, StringComparison.Ordinal);
}
