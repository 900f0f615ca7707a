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
                return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }
    }

    /// <summary>Converts seconds since the epoch (with fraction) to a timestamp, rounded to the millisecond.</summary>
    public static DateTimeOffset FromEpochSeconds(double seconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero) * TimeSpan.TicksPerMillisecond);

    /// <summary>Seconds since the epoch, with a millisecond fraction only when there is one.</summary>
    public static double ToEpochSeconds(DateTimeOffset value) =>
        (value.ToUniversalTime() - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond / 1000.0;

    private static string FormatEpochSeconds(DateTimeOffset utc) => ToEpochSeconds(utc).ToString("0.###", CultureInfo.InvariantCulture);
}
