using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>Reads a Smithy service shape's identity, protocol and signing into a <see cref="ServiceDefinition"/>.</summary>
internal static class SmithyServiceInfo
{
    /// <summary>Protocol traits CodeGen recognises but does not generate serializers for.</summary>
    private static readonly string[] s_unsupportedProtocols =
    {
        "aws.protocols#restXml", "aws.protocols#awsQuery", "aws.protocols#ec2Query", "smithy.protocols#rpcv2Cbor",
    };

    public static void Read(SmithyShape service, ServiceDefinition definition, TraitReader traits)
    {
        var owner = "service '" + service.Id + "'";
        var name = ShapeId.Name(service.Id);
        definition.ApiVersion = service.Body is null ? "" : traits.Fields.String(service.Body, "version", owner) ?? "";
        definition.Title = traits.String(service.Traits, TraitIds.Title, owner);
        definition.Documentation = traits.String(service.Traits, TraitIds.Documentation, owner);

        // aws.api#service: sdkId names the service; arnNamespace defaults to the lowercased shape name
        // and endpointPrefix to arnNamespace (the trait's documented defaults).
        var aws = traits.Object(service.Traits, TraitIds.AwsService, owner);
        var awsOwner = "trait '" + TraitIds.AwsService + "' of " + owner;
        var sdkId = aws is null ? null : traits.Fields.String(aws, "sdkId", awsOwner, required: true);
        var arnNamespace = aws is null ? null : traits.Fields.String(aws, "arnNamespace", awsOwner);
        var endpointPrefix = aws is null ? null : traits.Fields.String(aws, "endpointPrefix", awsOwner);
        definition.ServiceId = sdkId ?? name;
        definition.EndpointPrefix = endpointPrefix ?? arnNamespace ?? name.ToLowerInvariant();

        var sigv4 = traits.Object(service.Traits, TraitIds.SigV4, owner);
        if (sigv4 is not null)
        {
            definition.SigningName = traits.Fields.String(sigv4, "name", "trait '" + TraitIds.SigV4 + "' of " + owner, required: true) ?? "";
        }

        definition.Protocol = SelectProtocol(service, traits, owner);
        definition.IsQueryCompatible = traits.Marker(service.Traits, TraitIds.AwsQueryCompatible, owner);

        // awsJson's X-Amz-Target is "<service shape name>.<operation name>", botocore's targetPrefix.
        if (definition.Protocol is Protocol.AwsJson1_0 or Protocol.AwsJson1_1)
        {
            definition.TargetPrefix = name;
        }

        // The client name takes its casing from these (sdkId "finspace data", title "FinSpace Public API": FinSpaceData).
        AddHint(definition.NameHints, definition.Title);
        AddHint(definition.NameHints, sdkId);
    }

    /// <summary>The first supported protocol trait in the order the model lists them; else a diagnostic.</summary>
    private static Protocol? SelectProtocol(SmithyShape service, TraitReader traits, string owner)
    {
        string? unsupported = null;
        JsonNode? unsupportedNode = null;
        foreach (var pair in service.Traits)
        {
            var protocol = pair.Key switch
            {
                TraitIds.RestJson1 => Protocol.RestJson1,
                TraitIds.AwsJson1_0 => Protocol.AwsJson1_0,
                TraitIds.AwsJson1_1 => (Protocol?)Protocol.AwsJson1_1,
                _ => null,
            };
            if (protocol is not null)
            {
                if (pair.Value is not JsonObject)
                {
                    traits.Report(pair.Key, owner, "an object", pair.Value.KindName, pair.Value);
                }

                return protocol;
            }

            if (unsupported is null && System.Array.IndexOf(s_unsupportedProtocols, pair.Key) >= 0)
            {
                unsupported = pair.Key;
                unsupportedNode = pair.Value;
            }
        }

        if (unsupported is not null)
        {
            traits.Fields.Diagnostics.Report(DiagnosticDescriptors.UnsupportedProtocol, traits.Fields.Locate(unsupportedNode!), ShapeId.Name(unsupported));
        }
        else
        {
            traits.Fields.Diagnostics.Report(DiagnosticDescriptors.NoSmithyProtocol, service.Location, service.Id);
        }

        return null;
    }

    private static void AddHint(List<string> hints, string? hint)
    {
        if (!string.IsNullOrEmpty(hint))
        {
            hints.Add(hint!);
        }
    }
}
