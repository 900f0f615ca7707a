using System;
using System.Globalization;

namespace CodeGen.Runtime.Json;

/// <summary>Formats and parses timestamps in the three wire formats, always in invariant culture.</summary>
public static class Timestamps
{
    private static readonly string[] s_httpDateFormats =
    {
        "r", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy",
    };

    /// <summary>Formats <paramref name="value"/> in <paramref name="format"/>.</summary>
    public static string Format(DateTimeOffset value, TimestampFormat format)
    {
        var utc = value.ToUniversalTime();
        switch (format)
        {
            case TimestampFormat.EpochSeconds:
                return FormatEpochSeconds(utc);
            case TimestampFormat.HttpDate:
                return utc.ToString("r", CultureInfo.InvariantCulture);
            default:
                return utc.Millisecond == 0 && utc.Ticks % TimeSpan.TicksPerMillisecond == 0
                    ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Parses <paramref name="value"/>; lenient about offsets, fraction digits and whitespace.</summary>
    public static DateTimeOffset Parse(string value, TimestampFormat format)
    {
        var text = value.Trim();
        switch (format)
        {
            case TimestampFormat.EpochSeconds:
                return FromEpochSeconds(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            case TimestampFormat.HttpDate:
                return DateTimeOffset.ParseExact(text, s_httpDateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal);
            default:
                return DateTimeOffset.Parse(TruncateFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }
    }

    /// <summary>Converts seconds since the epoch (with fraction) to a timestamp, rounded to the millisecond.</summary>
    public static DateTimeOffset FromEpochSeconds(double seconds)
    {
        // 253402300800 is 10000-01-01; beyond it (or NaN) there is no DateTimeOffset.
        if (double.IsNaN(seconds) || seconds < -62135596800 || seconds >= 253402300800)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "The timestamp is outside the range of DateTimeOffset.");
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero) * TimeSpan.TicksPerMillisecond);
    }

    /// <summary>Seconds since the epoch, with a millisecond fraction only when there is one.</summary>
    public static double ToEpochSeconds(DateTimeOffset value) =>
        (value.ToUniversalTime() - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond / 1000.0;

    /// <summary>Keeps at most 7 fraction digits (100 ns ticks): .NET would round the rest, moving the instant.</summary>
    private static string TruncateFraction(string text)
    {
        var dot = text.IndexOf('.');
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 <= 7 ? text : text.Substring(0, dot + 8) + text.Substring(end);
    }

    private static string FormatEpochSeconds(DateTimeOffset utc) => ToEpochSeconds(utc).ToString("0.###", CultureInfo.InvariantCulture);
}
