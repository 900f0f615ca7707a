namespace CodeGen.Generator.Model;

/// <summary>The wire protocols CodeGen generates serializers for.</summary>
internal enum Protocol
{
    RestJson1,
    AwsJson1_0,
    AwsJson1_1,
}
