namespace CodeGen.Runtime.Validation;

/// <summary>The kinds of constraint a service model can place on a member.</summary>
public enum ValidationErrorKind
{
    /// <summary>A required member is missing.</summary>
    Required,

    /// <summary>A string, blob, list or map is shorter or longer than allowed.</summary>
    Length,

    /// <summary>A string does not match the modelled regular expression.</summary>
    Pattern,

    /// <summary>A number is outside the modelled range.</summary>
    Range,
}
