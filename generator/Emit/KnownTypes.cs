namespace CodeGen.Generator.Emit;

/// <summary>Every BCL and runtime type generated code names, <c>global::</c>-qualified in one place.</summary>
internal static class KnownTypes
{
    public const string String = "string";
    public const string Object = "object";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string BigInteger = "global::System.Numerics.BigInteger";
    public const string Blob = "global::System.ReadOnlyMemory<byte>";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string IReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string List = "global::System.Collections.Generic.List";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string EqualityComparer = "global::System.Collections.Generic.EqualityComparer";
    public const string StringBuilder = "global::System.Text.StringBuilder";
    public const string Regex = "global::System.Text.RegularExpressions.Regex";
    public const string RegexOptions = "global::System.Text.RegularExpressions.RegexOptions";
    public const string TimeSpan = "global::System.TimeSpan";
    public const string Obsolete = "global::System.ObsoleteAttribute";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
    public const string Exception = "global::System.Exception";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string IAsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string CultureInfo = "global::System.Globalization.CultureInfo";
    public const string StringComparer = "global::System.StringComparer";

    public const string ValidationError = "global::CodeGen.Runtime.Validation.ValidationError";
    public const string ValidationErrors = "global::CodeGen.Runtime.Validation.ValidationErrors";
    public const string RequestValidationException = "global::CodeGen.Runtime.Validation.RequestValidationException";
    public const string ServiceException = "global::CodeGen.Runtime.ServiceException";
    public const string ServiceErrorDetails = "global::CodeGen.Runtime.ServiceErrorDetails";
    public const string ClientOptions = "global::CodeGen.Runtime.ClientOptions";
    public const string ClientRuntime = "global::CodeGen.Runtime.ClientRuntime";
    public const string ServiceMetadata = "global::CodeGen.Runtime.ServiceMetadata";
    public const string Operation = "global::CodeGen.Runtime.Operation";
    public const string HttpRequestData = "global::CodeGen.Runtime.Http.HttpRequestData";
    public const string HttpResponseData = "global::CodeGen.Runtime.Http.HttpResponseData";
    public const string HttpFormat = "global::CodeGen.Runtime.Http.HttpFormat";
    public const string JsonRead = "global::CodeGen.Runtime.Json.JsonRead";
    public const string JsonWrite = "global::CodeGen.Runtime.Json.JsonWrite";
    public const string Timestamps = "global::CodeGen.Runtime.Json.Timestamps";
    public const string TimestampFormat = "global::CodeGen.Runtime.Json.TimestampFormat";

    public const string GeneratorName = "CodeGen.Generator";
    public const string GeneratorVersion = "0.1.0";
}
