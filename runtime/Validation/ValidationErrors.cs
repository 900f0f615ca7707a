using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// Collects violations while generated <c>ValidateInto</c> methods walk an object graph. The walk
/// tells the collector where it is (<see cref="Enter(string)"/>, <see cref="EnterIndex"/>,
/// <see cref="EnterKey"/>, <see cref="Exit"/>) and each check names only its member, so a path
/// such as <c>Items[2].Name</c> is formatted only when a check fails: validating a valid object
/// with the collector of <see cref="ForThread"/> allocates nothing.
/// </summary>
public sealed class ValidationErrors
{
    [ThreadStatic]
    private static ValidationErrors? t_current;

    private List<ValidationError>? _errors;
    private Segment[] _path = new Segment[8];
    private int _depth;

    /// <summary>How many violations were found so far.</summary>
    public int Count => _errors?.Count ?? 0;

    /// <summary>
    /// An empty collector reused on this thread, for generated code that validates one object and
    /// copies the violations out (<see cref="ToList"/>) before validating another.
    /// </summary>
    public static ValidationErrors ForThread()
    {
        var errors = t_current ??= new ValidationErrors();
        errors._errors = null;
        errors._depth = 0;
        return errors;
    }

    /// <summary>The entries of <paramref name="map"/>, for a <c>foreach</c> that allocates nothing over a dictionary.</summary>
    public static MapEntries<T> Entries<T>(IReadOnlyDictionary<string, T> map) => new(map);

    /// <summary>The violations found so far.</summary>
    public IReadOnlyList<ValidationError> ToList() => _errors is null ? Array.Empty<ValidationError>() : _errors.ToArray();

    /// <summary>Descends into member <paramref name="member"/> of the current object.</summary>
    public void Enter(string member) => Push(new Segment(member, -1, null));

    /// <summary>Descends into element <paramref name="index"/> of the current list.</summary>
    public void EnterIndex(int index) => Push(new Segment(null, index, null));

    /// <summary>Descends into the entry <paramref name="key"/> of the current map.</summary>
    public void EnterKey(string key) => Push(new Segment(null, -1, key));

    /// <summary>Returns to where the matching Enter was called.</summary>
    public void Exit() => _depth--;

    /// <summary>Records a missing required member.</summary>
    public void Required(string member) => Add(member, ValidationErrorKind.Required, "is required.");

    /// <summary>Checks a string's length in Unicode code points.</summary>
    public void Length(string member, string value, long? min, long? max) =>
        CheckLength(member, CodePointCount(value), min, max, "characters");

    /// <summary>Checks the number of elements of a list or map, or the number of bytes of a blob.</summary>
    public void Size(string member, int count, long? min, long? max, string unit) =>
        CheckLength(member, count, min, max, unit);

    /// <summary>Checks a string against a modelled pattern; a match that times out counts as a violation.</summary>
    public void Pattern(string member, string value, Regex pattern)
    {
        bool matched;
        try
        {
            matched = pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            Add(member, ValidationErrorKind.Pattern, "could not be checked against the pattern " + pattern + " in time.");
            return;
        }

        if (!matched)
        {
            Add(member, ValidationErrorKind.Pattern, "must match the pattern " + pattern + ".");
        }
    }

    /// <summary>Checks an integral number against a modelled range.</summary>
    public void Range(string member, long value, long? min, long? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(member, ValidationErrorKind.Range, RangeMessage(Format(min), Format(max)));
        }
    }

    /// <summary>Checks a floating-point number against a modelled range.</summary>
    public void Range(string member, double value, double? min, double? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(member, ValidationErrorKind.Range, RangeMessage(Format(min), Format(max)));
        }
    }

    /// <summary>Checks a decimal number against a modelled range.</summary>
    public void Range(string member, decimal value, decimal? min, decimal? max)
    {
        if ((min is not null && value < min) || (max is not null && value > max))
        {
            Add(member, ValidationErrorKind.Range,
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

    private void CheckLength(string member, long length, long? min, long? max, string unit)
    {
        if ((min is not null && length < min) || (max is not null && length > max))
        {
            Add(member, ValidationErrorKind.Length, LengthMessage(min, max, unit));
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

    private void Push(Segment segment)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = segment;
    }

    private void Add(string member, ValidationErrorKind kind, string message) =>
        (_errors ??= new List<ValidationError>()).Add(new ValidationError(FormatPath(member), kind, message));

    /// <summary>The path of <paramref name="member"/> at the current position, e.g. <c>Items[2].Name</c>.</summary>
    private string FormatPath(string member)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            AppendSegment(builder, _path[i]);
        }

        AppendSegment(builder, new Segment(member, -1, null));
        return builder.ToString();
    }

    private static void AppendSegment(StringBuilder builder, Segment segment)
    {
        if (segment.Member is { Length: > 0 } member)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(member);
        }
        else if (segment.Index >= 0)
        {
            builder.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (segment.Key is not null)
        {
            builder.Append("[\"").Append(segment.Key).Append("\"]");
        }
    }

    private readonly struct Segment
    {
        public Segment(string? member, int index, string? key)
        {
            Member = member;
            Index = index;
            Key = key;
        }

        public string? Member { get; }

        public int Index { get; }

        public string? Key { get; }
    }
}
