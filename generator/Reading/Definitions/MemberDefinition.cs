using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>A member of a structure or union as read.</summary>
internal sealed class MemberDefinition
{
    public MemberDefinition(string name, ShapeReference target, SourceSpan? location)
    {
        Name = name;
        Target = target;
        Location = location;
    }

    public string Name { get; }

    public ShapeReference Target { get; }

    public SourceSpan? Location { get; }

    public bool IsRequired { get; set; }

    /// <summary>The member's default as a JSON literal; "null" when the member explicitly has none (Smithy <c>@default(null)</c>, botocore <c>box</c>).</summary>
    public string? DefaultValue { get; set; }

    /// <summary>Smithy <c>clientOptional</c> or <c>addedDefault</c>: the client treats the member as optional anyway.</summary>
    public bool IsClientOptional { get; set; }

    public string? Documentation { get; set; }

    public Deprecation? Deprecation { get; set; }

    public bool IsSensitive { get; set; }

    public HttpBinding Binding { get; set; }

    public string? BindingName { get; set; }

    public string? JsonName { get; set; }

    public string? TimestampFormat { get; set; }

    public bool IsIdempotencyToken { get; set; }

    public bool IsJsonValue { get; set; }

    public bool IsHostLabel { get; set; }

    /// <summary>Constraints set on the member itself (Smithy traits on members), overriding the target's.</summary>
    public ConstraintDefinition? Constraints { get; set; }
}
