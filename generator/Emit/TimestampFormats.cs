using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>Which timestamp format applies where (Smithy's defaults per location), as runtime enum members.</summary>
internal static class TimestampFormats
{
    public const string EpochSeconds = "epoch-seconds";
    public const string DateTime = "date-time";
    public const string HttpDate = "http-date";

    /// <summary>The runtime <c>TimestampFormat</c> member for an explicit format, or the location's default.</summary>
    public static string Runtime(string? format, string locationDefault) =>
        KnownTypes.TimestampFormat + "." + (format ?? locationDefault) switch
        {
            DateTime => "DateTime",
            HttpDate => "HttpDate",
            _ => "EpochSeconds",
        };

    /// <summary>The member's own format, else its target's.</summary>
    public static string? Of(MemberSpec member) => member.TimestampFormat ?? member.Type.TimestampFormat;
}
