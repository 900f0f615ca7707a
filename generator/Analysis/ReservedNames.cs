namespace CodeGen.Generator.Analysis;

/// <summary>Names generated types already use, which a model member must not take.</summary>
internal static class ReservedNames
{
    // Generated members of every record (see Emit/StructureEmitter and Emit/Json).
    public const string Validate = "Validate";
    public const string EnsureValid = "EnsureValid";
    public const string ValidateInto = "ValidateInto";
    public const string WriteJson = "WriteJson";
    public const string ReadJson = "ReadJson";
    public const string ErrorCorrected = "ErrorCorrected";
    public const string FromResponse = "FromResponse";
    public const string UnknownCase = "Unknown";

    public static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize", "ReferenceEquals", "Clone",
        Validate, EnsureValid, ValidateInto, WriteJson, ReadJson, ErrorCorrected,
    };

    /// <summary>Members of System.Exception and CodeGen.Runtime.ServiceException. <c>Message</c> is handled separately: a modelled message becomes the exception's message.</summary>
    public static readonly string[] ExceptionMembers =
    {
        "Message", "Data", "InnerException", "StackTrace", "Source", "HelpLink", "HResult", "TargetSite", "GetBaseException",
        "GetObjectData", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "SerializeObjectState",
        "StatusCode", "ErrorCode", "RequestId", "ErrorMessage", "RawBody", "RawBodyText", "IsRetryable", "IsThrottling",
        FromResponse, ReadJson,
    };

    public static readonly string[] UnionMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Finalize",
        "Value", UnknownCase, Validate, EnsureValid, ValidateInto, WriteJson, ReadJson,
    };

    public static readonly string[] EnumMembers =
    {
        "Value", "Values", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "CompareTo", "Parse", "MemberwiseClone", "Finalize",
    };
}
