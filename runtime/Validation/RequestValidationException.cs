using System;
using System.Collections.Generic;
using System.Text;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// Thrown before any request is sent when a request object violates its model's constraints.
/// Lists every violation at once. Distinct from any modelled <c>ValidationException</c>, which is
/// an error the service returns.
/// </summary>
public sealed class RequestValidationException : ArgumentException
{
    /// <summary>Creates the exception for the violations found in an instance of <paramref name="typeName"/>.</summary>
    public RequestValidationException(string typeName, IReadOnlyList<ValidationError> errors)
        : base(FormatMessage(typeName, errors))
    {
        TypeName = typeName;
        Errors = errors;
    }

    /// <summary>The name of the validated type.</summary>
    public string TypeName { get; }

    /// <summary>Every violation, in member order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string FormatMessage(string typeName, IReadOnlyList<ValidationError> errors)
    {
        var builder = new StringBuilder();
        builder.Append(typeName).Append(" is invalid (").Append(errors.Count)
            .Append(errors.Count == 1 ? " violation):" : " violations):");
        foreach (var error in errors)
        {
            builder.Append(Environment.NewLine).Append("  ").Append(error.Path).Append(": ").Append(error.Message);
        }

        return builder.ToString();
    }
}
