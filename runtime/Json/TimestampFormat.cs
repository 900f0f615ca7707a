namespace CodeGen.Runtime.Json;

/// <summary>The wire formats of timestamps (Smithy's <c>timestampFormat</c> values).</summary>
public enum TimestampFormat
{
    /// <summary>Seconds since the Unix epoch, with an optional fraction: <c>1576540098.123</c>.</summary>
    EpochSeconds,

    /// <summary>RFC 3339 date-time in UTC: <c>2019-12-16T23:48:18.123Z</c>.</summary>
    DateTime,

    /// <summary>RFC 7231 IMF-fixdate: <c>Mon, 16 Dec 2019 23:48:18 GMT</c>.</summary>
    HttpDate,
}
