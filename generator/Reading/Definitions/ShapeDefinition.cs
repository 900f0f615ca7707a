using System.Collections.Generic;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>A shape as read from the model.</summary>
internal sealed class ShapeDefinition
{
    public ShapeDefinition(string name, TypeKind kind, SourceSpan? location)
    {
        Name = name;
        Kind = kind;
        Location = location;
    }

    public string Name { get; }

    public TypeKind Kind { get; set; }

    public SourceSpan? Location { get; }

    public string? Documentation { get; set; }

    public Deprecation? Deprecation { get; set; }

    public bool IsSensitive { get; set; }

    public ConstraintDefinition Constraints { get; set; } = new();

    public string? TimestampFormat { get; set; }

    public string? MediaType { get; set; }

    public bool IsStreaming { get; set; }

    /// <summary>botocore's <c>box</c> on a primitive shape: members targeting it are nullable.</summary>
    public bool IsBoxed { get; set; }

    /// <summary>The shape's own default (Smithy 1.0-style prelude shapes), as a JSON literal.</summary>
    public string? DefaultValue { get; set; }

    public ErrorSpec? Error { get; set; }

    public List<MemberDefinition> Members { get; } = new();

    public ShapeReference? ListMember { get; set; }

    public ShapeReference? MapKey { get; set; }

    public ShapeReference? MapValue { get; set; }

    public bool IsSparse { get; set; }

    public List<EnumValueDefinition> EnumValues { get; } = new();

    /// <summary>A structure marked as an event stream (not supported; operations using it are omitted).</summary>
    public bool IsEventStream { get; set; }
}

/// <summary>A known enum value as read.</summary>
internal sealed class EnumValueDefinition
{
    public EnumValueDefinition(string? memberName, string value, string? documentation, Deprecation? deprecation)
    {
        MemberName = memberName;
        Value = value;
        Documentation = documentation;
        Deprecation = deprecation;
    }

    /// <summary>The Smithy member name; botocore enums have none.</summary>
    public string? MemberName { get; }

    public string Value { get; }

    public string? Documentation { get; }

    public Deprecation? Deprecation { get; }
}
