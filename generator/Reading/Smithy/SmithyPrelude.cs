using System;
using System.Collections.Generic;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// The data shapes of the Smithy prelude (<c>smithy.api#String</c>, <c>smithy.api#Unit</c>, ...), which
/// models target without declaring. Trait shapes of the prelude are not needed: traits are read by id.
/// </summary>
internal static class SmithyPrelude
{
    public const string Unit = "smithy.api#Unit";

    private static readonly Dictionary<string, (string Type, string? Default)> s_shapes = new(StringComparer.Ordinal)
    {
        ["String"] = ("string", null),
        ["Blob"] = ("blob", null),
        ["BigInteger"] = ("bigInteger", null),
        ["BigDecimal"] = ("bigDecimal", null),
        ["Timestamp"] = ("timestamp", null),
        ["Document"] = ("document", null),
        ["Boolean"] = ("boolean", null),
        ["Byte"] = ("byte", null),
        ["Short"] = ("short", null),
        ["Integer"] = ("integer", null),
        ["Long"] = ("long", null),
        ["Float"] = ("float", null),
        ["Double"] = ("double", null),
        ["PrimitiveBoolean"] = ("boolean", "false"),
        ["PrimitiveByte"] = ("byte", "0"),
        ["PrimitiveShort"] = ("short", "0"),
        ["PrimitiveInteger"] = ("integer", "0"),
        ["PrimitiveLong"] = ("long", "0"),
        ["PrimitiveFloat"] = ("float", "0"),
        ["PrimitiveDouble"] = ("double", "0"),
        ["Unit"] = ("structure", null),
    };

    /// <summary>Creates the prelude shape <paramref name="id"/>, or returns null when the prelude has no such data shape.</summary>
    public static SmithyShape? Create(string id)
    {
        if (!ShapeId.IsPrelude(id) || !s_shapes.TryGetValue(ShapeId.Name(id), out var definition) || id.IndexOf('$') >= 0)
        {
            return null;
        }

        var shape = new SmithyShape(id, definition.Type, null, null);
        if (definition.Default is "false")
        {
            shape.Traits[TraitIds.Default] = new JsonBoolean(0, 0, false);
        }
        else if (definition.Default is not null)
        {
            shape.Traits[TraitIds.Default] = new JsonNumber(0, 0, definition.Default);
        }

        return shape;
    }
}
