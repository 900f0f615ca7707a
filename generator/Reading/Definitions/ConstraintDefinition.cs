using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>Length, pattern and range constraints as read; members may override their target's.</summary>
internal sealed class ConstraintDefinition
{
    public long? MinLength { get; set; }

    public long? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public SourceSpan? PatternLocation { get; set; }

    public string? MinValue { get; set; }

    public string? MaxValue { get; set; }

    public bool IsEmpty => MinLength is null && MaxLength is null && Pattern is null && MinValue is null && MaxValue is null;

    /// <summary>Returns these constraints with each one <paramref name="overrides"/> sets taking precedence.</summary>
    public ConstraintDefinition MergedWith(ConstraintDefinition? overrides)
    {
        if (overrides is null || overrides.IsEmpty)
        {
            return this;
        }

        return new ConstraintDefinition
        {
            MinLength = overrides.MinLength ?? MinLength,
            MaxLength = overrides.MaxLength ?? MaxLength,
            Pattern = overrides.Pattern ?? Pattern,
            PatternLocation = overrides.Pattern is not null ? overrides.PatternLocation : PatternLocation,
            MinValue = overrides.MinValue ?? MinValue,
            MaxValue = overrides.MaxValue ?? MaxValue,
        };
    }
}
