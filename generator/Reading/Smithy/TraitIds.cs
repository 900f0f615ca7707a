namespace CodeGen.Generator.Reading.Smithy;

/// <summary>The ids of every Smithy trait the reader understands; any other trait is ignored.</summary>
internal static class TraitIds
{
    // Service and protocol (AWS)
    public const string AwsService = "aws.api#service";
    public const string SigV4 = "aws.auth#sigv4";
    public const string RestJson1 = "aws.protocols#restJson1";
    public const string AwsJson1_0 = "aws.protocols#awsJson1_0";
    public const string AwsJson1_1 = "aws.protocols#awsJson1_1";
    public const string AwsQueryCompatible = "aws.protocols#awsQueryCompatible";
    public const string AwsQueryError = "aws.protocols#awsQueryError";

    // Auth
    public const string Auth = "smithy.api#auth";
    public const string NoAuth = "smithy.api#noAuth";
    public const string OptionalAuth = "smithy.api#optionalAuth";

    // Documentation and metadata
    public const string Documentation = "smithy.api#documentation";
    public const string Title = "smithy.api#title";
    public const string Deprecated = "smithy.api#deprecated";
    public const string Sensitive = "smithy.api#sensitive";

    // Nullability and defaults
    public const string Required = "smithy.api#required";
    public const string ClientOptional = "smithy.api#clientOptional";
    public const string AddedDefault = "smithy.api#addedDefault";

    // Constraints
    public const string Length = "smithy.api#length";
    public const string Pattern = "smithy.api#pattern";
    public const string Range = "smithy.api#range";

    // Enums
    public const string EnumValue = "smithy.api#enumValue";
    public const string Enum = "smithy.api#enum";

    // Shapes
    public const string Mixin = "smithy.api#mixin";
    public const string Sparse = "smithy.api#sparse";
    public const string Streaming = "smithy.api#streaming";
    public const string RequiresLength = "smithy.api#requiresLength";
    public const string MediaType = "smithy.api#mediaType";
    public const string TimestampFormat = "smithy.api#timestampFormat";
    public const string JsonName = "smithy.api#jsonName";
    public const string IdempotencyToken = "smithy.api#idempotencyToken";
    public const string Input = "smithy.api#input";
    public const string Output = "smithy.api#output";

    // Errors
    public const string Error = "smithy.api#error";
    public const string HttpError = "smithy.api#httpError";
    public const string Retryable = "smithy.api#retryable";

    // Operations
    public const string Http = "smithy.api#http";
    public const string Endpoint = "smithy.api#endpoint";
    public const string HostLabel = "smithy.api#hostLabel";
    public const string Paginated = "smithy.api#paginated";
    public const string RequestCompression = "smithy.api#requestCompression";
    public const string HttpChecksumRequired = "smithy.api#httpChecksumRequired";

    // HTTP member bindings
    public const string HttpLabel = "smithy.api#httpLabel";
    public const string HttpQuery = "smithy.api#httpQuery";
    public const string HttpQueryParams = "smithy.api#httpQueryParams";
    public const string HttpHeader = "smithy.api#httpHeader";
    public const string HttpPrefixHeaders = "smithy.api#httpPrefixHeaders";
    public const string HttpPayload = "smithy.api#httpPayload";
    public const string HttpResponseCode = "smithy.api#httpResponseCode";
}
