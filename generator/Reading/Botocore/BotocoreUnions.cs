using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>
/// Structures that AWS's Smithy models declare as unions but botocore writes without <c>"union": true</c>
/// (kept plain structures there for SDKs that predate unions; DynamoDB's <c>AttributeValue</c> is one).
/// They are read as unions, so both model formats give the same types and a value always carries exactly
/// one member on the wire. Event-stream structures, which botocore also writes this way, are left out:
/// operations using them are not generated. The list comes from comparing every botocore model with its
/// aws/api-models-aws twin (<c>tests/tools/find-botocore-unions.py</c>).
/// </summary>
internal static class BotocoreUnions
{
    private static readonly HashSet<string> s_unions = new(StringComparer.Ordinal)
    {
        Key("CloudDirectory", "TypedAttributeValue"),
        Key("DynamoDB", "AttributeValue"),
        Key("DynamoDB Streams", "AttributeValue"),
        Key("IoT", "AssetPropertyVariant"),
        Key("QuickSight", "DataSourceParameters"),
        Key("QuickSight", "PhysicalTable"),
        Key("QuickSight", "TransformOperation"),
        Key("S3", "AnalyticsFilter"),
        Key("S3", "MetricsFilter"),
        Key("SageMaker", "TrialComponentParameterValue"),
        Key("XRay", "AnnotationValue"),
    };

    /// <summary>Whether the structure <paramref name="shapeName"/> of the service with botocore <c>serviceId</c> is a union in AWS's Smithy model.</summary>
    public static bool Contains(string serviceId, string shapeName) => s_unions.Contains(Key(serviceId, shapeName));

    private static string Key(string serviceId, string shapeName) => serviceId + "#" + shapeName;
}
