using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// One shape of a Smithy JSON AST (or of the prelude) as declared, then completed in place by
/// <c>apply</c> statements and mixins. Lives only inside the parse step.
/// </summary>
internal sealed class SmithyShape
{
    public SmithyShape(string id, string type, JsonObject? body, SourceSpan? location)
    {
        Id = id;
        Type = type;
        Body = body;
        Location = location;
    }

    /// <summary>The absolute shape id, <c>namespace#Name</c>.</summary>
    public string Id { get; }

    /// <summary>The AST <c>type</c>: <c>structure</c>, <c>string</c>, <c>operation</c>, ...</summary>
    public string Type { get; }

    /// <summary>The shape's JSON object; null for prelude shapes.</summary>
    public JsonObject? Body { get; }

    public SourceSpan? Location { get; }

    /// <summary>Traits by id: declared, then applied, then (for shapes using mixins) inherited.</summary>
    public Dictionary<string, JsonNode> Traits { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Members in model order: structure, union, enum and intEnum members, or a list's <c>member</c>, a map's <c>key</c> and <c>value</c>.</summary>
    public List<SmithyMember> Members { get; } = new();

    public List<SmithyReference> Mixins { get; } = new();

    public bool IsPrelude => Body is null;

    public bool IsServiceLike => Type is "service" or "operation" or "resource";

    public bool HasTrait(string id) => Traits.ContainsKey(id);

    public SmithyMember? FindMember(string name) => Members.Find(m => m.Name == name);

    /// <summary>How diagnostics name the shape.</summary>
    public string Describe() => "shape '" + Id + "'";
}

/// <summary>A member of a Smithy shape: its name, target and traits.</summary>
internal sealed class SmithyMember
{
    public SmithyMember(SmithyShape container, string name, SmithyReference target, SourceSpan? location)
    {
        Container = container;
        Name = name;
        Target = target;
        Location = location;
    }

    public SmithyShape Container { get; }

    public string Name { get; }

    public SmithyReference Target { get; set; }

    public SourceSpan? Location { get; }

    public Dictionary<string, JsonNode> Traits { get; } = new(System.StringComparer.Ordinal);

    public bool HasTrait(string id) => Traits.ContainsKey(id);

    /// <summary>Copies the member into <paramref name="container"/> (a shape mixing it in), with its traits.</summary>
    public SmithyMember CopyTo(SmithyShape container)
    {
        var copy = new SmithyMember(container, Name, Target, Location);
        foreach (var pair in Traits)
        {
            copy.Traits[pair.Key] = pair.Value;
        }

        return copy;
    }

    public string Describe() => "member '" + Name + "' of '" + Container.Id + "'";
}

/// <summary>A <c>{"target": "ns#Shape"}</c> reference, with where its id is written.</summary>
internal sealed class SmithyReference
{
    public SmithyReference(string id, SourceSpan? location)
    {
        Id = id;
        Location = location;
    }

    public string Id { get; }

    public SourceSpan? Location { get; }
}
