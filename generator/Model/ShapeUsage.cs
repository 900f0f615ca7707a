using System;

namespace CodeGen.Generator.Model;

/// <summary>Where a shape is reachable from, so only the code each direction needs is generated.</summary>
[Flags]
internal enum ShapeUsage
{
    None = 0,

    /// <summary>Reachable from an operation input: needs validation and a serializer.</summary>
    Input = 1,

    /// <summary>Reachable from an operation output or error: needs a deserializer.</summary>
    Output = 2,

    /// <summary>Used inside another shape (a member, list element or map value), so serialized on its own.</summary>
    Nested = 4,
}
