using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// Collects violations while generated <c>Validate</c> methods walk an object graph. Paths are
/// formatted only when a check fails, so validating a valid object allocates only this collector.
/// </summary>
public sealed class ValidationErrors
{
    private List<ValidationError>? _errors;

    /// <summary>How many violations were found so far.</summary>
    public int Count => _errors?.Count ?? 0;

    /// <summary>The violations found so far.</summary>
    public IReadOnlyList<ValidationError> ToList() => _errors is null ? Array.Empty<ValidationError>() : _errors.ToArray();

    /// <summary>Records a missing required member.</summary>
    public void Required(in ValidationPath path) => Add(path, ValidationErrorKind.Required, "is required.");

    /// <summary>Checks a string's length in Unicode code points.</summary>
    public void Length(in ValidationPath path, string value, long? min, long? max) =>
        CheckLength(path, CodePointCount(value), min, max, "characters");

    /// <summary>Checks the number of elements of a list or map, or the number of bytes of a blob.</summary>
    public void Size(in ValidationPath path, int count, long? min, long? max, string unit) =>
        CheckLength(path, count, min, max, unit);

    /// <summary>Checks a string against a modelled pattern; a match that times out counts as a violation.</summary>
    public void Pattern(in ValidationPath path, string value, Regex pattern)
    {
        bool matched;
        try
        {
            matched = pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            Add(path, ValidationErrorKind.Pattern, "could not be checked against the pattern " + pattern + " in time.");
            return;
        }

        if (!matched)
        {
            Add(path, ValidationErrorKind.Pattern, "must match the pattern " + pattern + ".");
        }
    }

    /// <summary>Checks an integral number against a modelled range.</summary>
    public void Range(in ValidationPath path, long value, long? min, long? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(path, ValidationErrorKind.Range, RangeMessage(Format(min), Format(max)));
        }
    }

    /// <summary>Checks a floating-point number against a modelled range.</summary>
    public void Range(in ValidationPath path, double value, double? min, double? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(path, ValidationErrorKind.Range, RangeMessage(Format(min), Format(max)));
        }
    }

    /// <summary>Checks a decimal number against a modelled range.</summary>
    public void Range(in ValidationPath path, decimal value, decimal? min, decimal? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(path, ValidationErrorKind.Range,
                RangeMessage(min?.ToString(CultureInfo.InvariantCulture), max?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Counts Unicode code points: a surrogate pair is one character, as the model's length counts it.</summary>
    public static int CodePointCount(string value)
    {
        var count = value.Length;
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private void CheckLength(in ValidationPath path, long length, long? min, long? max, string unit)
    {
        if ((min is not null && length < min) || (max is not null && length > max))
        {
            Add(path, ValidationErrorKind.Length, LengthMessage(min, max, unit));
        }
    }

    private static string LengthMessage(long? min, long? max, string unit) => (min, max) switch
    {
        (not null, not null) when min == max => $"must have exactly {Format(min)} {unit}.",
        (not null, not null) => $"must have between {Format(min)} and {Format(max)} {unit}.",
        (not null, null) => $"must have at least {Format(min)} {unit}.",
        _ => $"must have at most {Format(max)} {unit}.",
    };

    private static string RangeMessage(string? min, string? max) => (min, max) switch
    {
        (not null, not null) => $"must be between {min} and {max}.",
        (not null, null) => $"must be at least {min}.",
        _ => $"must be at most {max}.",
    };

    private static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private void Add(in ValidationPath path, ValidationErrorKind kind, string message) =>
        (_errors ??= new List<ValidationError>()).Add(new ValidationError(path.ToString(), kind, message));
}
