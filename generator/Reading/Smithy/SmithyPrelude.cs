using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// The data shapes of the Smithy prelude (<c>smithy.api#String</c>, <c>smithy.api#Unit</c>, ...), which
/// models target without declaring. Trait shapes of the prelude are not needed: traits are read by id.
/// </summary>
internal static class SmithyPrelude
{
    public const string Unit = "smithy.api#Unit";

    private static readonly Dictionary<string, string> s_shapes = new(StringComparer.Ordinal)
    {
        ["String"] = "string",
        ["Blob"] = "blob",
        ["BigInteger"] = "bigInteger",
        ["BigDecimal"] = "bigDecimal",
        ["Timestamp"] = "timestamp",
        ["Document"] = "document",
        ["Boolean"] = "boolean",
        ["Byte"] = "byte",
        ["Short"] = "short",
        ["Integer"] = "integer",
        ["Long"] = "long",
        ["Float"] = "float",
        ["Double"] = "double",
        ["PrimitiveBoolean"] = "boolean",
        ["PrimitiveByte"] = "byte",
        ["PrimitiveShort"] = "short",
        ["PrimitiveInteger"] = "integer",
        ["PrimitiveLong"] = "long",
        ["PrimitiveFloat"] = "float",
        ["PrimitiveDouble"] = "double",
        ["Unit"] = "structure",
    };

    /// <summary>Creates the prelude shape <paramref name="id"/>, or returns null when the prelude has no such data shape.</summary>
    public static SmithyShape? Create(string id)
    {
        if (!ShapeId.IsPrelude(id) || !s_shapes.TryGetValue(ShapeId.Name(id), out var type) || id.IndexOf('$') >= 0)
        {
            return null;
        }

        // The Primitive* shapes' @default(0) is not kept: a client leaves an absent member null (docs/smithy.md, "Defaults").
        return new SmithyShape(id, type, null, null);
    }
}
