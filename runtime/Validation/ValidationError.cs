namespace CodeGen.Runtime.Validation;

/// <summary>One violated model constraint.</summary>
/// <param name="Path">The member path from the validated object, e.g. <c>Items[2].Name</c>.</param>
/// <param name="Kind">Which constraint was violated.</param>
/// <param name="Message">What the constraint requires; never the offending value, which may be sensitive.</param>
public sealed record ValidationError(string Path, ValidationErrorKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path + ": " + Message;
}
