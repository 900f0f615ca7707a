namespace CodeGen.Generator.Analysis;

/// <summary>Maps both formats' timestamp format names to Smithy's: botocore writes iso8601, rfc822 and unixTimestamp.</summary>
internal static class TimestampFormatNames
{
    public static string? Normalize(string? format) => format switch
    {
        null => null,
        "iso8601" or "date-time" => "date-time",
        "rfc822" or "http-date" => "http-date",
        "unixTimestamp" or "epoch-seconds" => "epoch-seconds",
        _ => format,
    };
}
