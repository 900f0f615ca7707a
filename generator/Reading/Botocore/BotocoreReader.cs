using System;
using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>
/// Reads a botocore <c>service-2.json</c> (top-level <c>metadata</c>, <c>operations</c>, <c>shapes</c>)
/// into a <see cref="ServiceDefinition"/>. All botocore knowledge lives here and in its siblings.
/// </summary>
internal sealed class BotocoreReader
{
    private readonly JsonFields _fields;
    private readonly CancellationToken _cancellationToken;
    private readonly ServiceDefinition _service = new();

    private BotocoreReader(JsonFields fields, CancellationToken cancellationToken)
    {
        _fields = fields;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the root object looks like a botocore model.</summary>
    public static bool Recognizes(JsonObject root) =>
        root.TryGetProperty("metadata", out _) || root.TryGetProperty("operations", out _);

    /// <param name="paginators">The sibling paginators-1.json, with field access located in that file.</param>
    public static ServiceDefinition Read(JsonObject root, JsonFields fields, (JsonObject Root, JsonFields Fields)? paginators, CancellationToken cancellationToken)
    {
        var reader = new BotocoreReader(fields, cancellationToken);
        reader.ReadService(root);
        if (paginators is { } p)
        {
            BotocorePaginatorsReader.Apply(p.Root, reader._service, p.Fields);
        }

        return reader._service;
    }

    private void ReadService(JsonObject root)
    {
        _service.Location = _fields.LocateStart(root);
        _service.Documentation = _fields.String(root, "documentation", "the service");
        var metadata = _fields.Object(root, "metadata", "the service model", required: true);
        if (metadata is not null)
        {
            ReadMetadata(metadata);
        }

        var shapes = _fields.Object(root, "shapes", "the service model", required: true);
        if (shapes is not null)
        {
            foreach (var property in shapes.Properties)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var shape = BotocoreShapeReader.Read(property, _fields, _service.ServiceId);
                if (shape is not null)
                {
                    _service.Shapes[shape.Name] = shape;
                }
                else
                {
                    _service.UnreadableShapes.Add(property.Name);
                }
            }
        }

        ApplyShapeLocations();
        var operations = _fields.Object(root, "operations", "the service model", required: true);
        if (operations is not null)
        {
            if (root.TryGetProperty("operations", out var operationsProperty))
            {
                _service.Location = _fields.LocateName(operationsProperty);
            }

            foreach (var property in operations.Properties)
            {
                var operation = ReadOperation(property);
                if (operation is not null)
                {
                    _service.Operations.Add(operation);
                }
            }
        }
    }

    /// <summary>A member bound to nothing takes the location its target shape states (legacy botocore models).</summary>
    private void ApplyShapeLocations()
    {
        foreach (var shape in _service.Shapes.Values)
        {
            foreach (var member in shape.Members)
            {
                if (member.Binding == HttpBinding.Body && _service.Shapes.TryGetValue(member.Target.Name, out var target) &&
                    target.BotocoreLocation is { } location)
                {
                    BotocoreShapeReader.ApplyLocation(member, location.Location, member.JsonName ?? location.LocationName, isPayload: false);
                }
            }
        }
    }

    private void ReadMetadata(JsonObject metadata)
    {
        const string owner = "'metadata'";
        _service.ApiVersion = _fields.String(metadata, "apiVersion", owner) ?? "";
        _service.EndpointPrefix = _fields.String(metadata, "endpointPrefix", owner, required: true) ?? "";
        _service.ServiceId = _fields.String(metadata, "serviceId", owner) ?? "";
        _service.SigningName = _fields.String(metadata, "signingName", owner) ?? "";
        _service.TargetPrefix = _fields.String(metadata, "targetPrefix", owner);
        _service.Title = _fields.String(metadata, "serviceFullName", owner);
        AddHint(_fields.String(metadata, "serviceAbbreviation", owner));
        AddHint(_service.Title);
        AddHint(_service.ServiceId);
        _service.Protocol = BotocoreProtocols.Select(metadata, _fields);
        _service.IsQueryCompatible = metadata.TryGetProperty("awsQueryCompatible", out _);
    }

    private void AddHint(string? hint)
    {
        if (!string.IsNullOrEmpty(hint))
        {
            _service.NameHints.Add(hint!);
        }
    }

    private OperationDefinition? ReadOperation(JsonProperty property)
    {
        var owner = $"operation '{property.Name}'";
        if (property.Value is not JsonObject body)
        {
            _fields.ReportWrongKind("the operations", property.Name, "an object", property.Value.KindName, property.Value);
            return null;
        }

        var operation = new OperationDefinition(property.Name, _fields.LocateName(property))
        {
            Documentation = _fields.String(body, "documentation", owner),
            Deprecation = BotocoreShapeReader.ReadDeprecation(body, owner, _fields),
        };

        // botocore's loader needs no "http": awsJson sends every operation as POST /, and botocore
        // serializes a request without a method as POST; a missing requestUri is taken as "/".
        var http = _fields.Object(body, "http", owner);
        if (http is not null)
        {
            operation.HttpMethod = _fields.String(http, "method", owner + " http") ?? "POST";
            operation.RequestUri = _fields.String(http, "requestUri", owner + " http") ?? "/";
            operation.ResponseCode = (int?)_fields.Integer(http, "responseCode", owner + " http");
        }

        operation.Input = ReadShapeReference(body, "input", owner);
        if (operation.Input is not null && _fields.Object(body, "input", owner) is { } input)
        {
            ApplyInputPayload(operation.Input, _fields.String(input, "payload", owner + " input"));
        }

        operation.Output = ReadShapeReference(body, "output", owner);
        var errors = _fields.Array(body, "errors", owner);
        if (errors is not null)
        {
            foreach (var item in errors.Items)
            {
                if (item is JsonObject error && _fields.StringNode(error, "shape", owner + " error", required: true) is { } shape)
                {
                    operation.Errors.Add(new ShapeReference(shape.Value, _fields.Locate(shape)));
                }
            }
        }

        operation.IsSigned = IsSigned(body, owner);
        operation.ChecksumRequired = _fields.Boolean(body, "httpChecksumRequired", owner);
        if (_fields.Object(body, "requestcompression", owner) is { } compression &&
            _fields.Array(compression, "encodings", owner + " requestcompression") is { } encodings)
        {
            operation.RequestCompression = encodings.Items.Exists(e => e is JsonString { Value: "gzip" });
        }
        var endpoint = _fields.Object(body, "endpoint", owner);
        if (endpoint is not null)
        {
            operation.HostPrefix = _fields.String(endpoint, "hostPrefix", owner + " endpoint");
        }

        return operation;
    }

    /// <summary>
    /// Older botocore models name the payload member on the operation's input reference rather than on
    /// the shape (<c>"input": {"shape": "X", "payload": "Body"}</c>); botocore merges it into the shape.
    /// </summary>
    private void ApplyInputPayload(ShapeReference input, string? payload)
    {
        if (payload is null || !_service.Shapes.TryGetValue(input.Name, out var shape))
        {
            return;
        }

        var member = shape.Members.Find(m => string.Equals(m.Name, payload, StringComparison.Ordinal));
        if (member is not null && member.Binding == HttpBinding.Body)
        {
            member.Binding = HttpBinding.Payload;
        }
    }

    private bool IsSigned(JsonObject body, string owner)
    {
        if (string.Equals(_fields.String(body, "authtype", owner), "none", StringComparison.Ordinal))
        {
            return false;
        }

        var auth = _fields.Array(body, "auth", owner);
        if (auth is null || auth.Items.Count == 0)
        {
            return true;
        }

        // The first scheme is the preferred one; noAuth first means the operation is anonymous.
        return !(auth.Items[0] is JsonString first && first.Value == "smithy.api#noAuth");
    }

    private ShapeReference? ReadShapeReference(JsonObject body, string field, string owner)
    {
        var reference = _fields.Object(body, field, owner);
        if (reference is null)
        {
            return null;
        }

        var shape = _fields.StringNode(reference, "shape", owner + " " + field, required: true);
        return shape is null ? null : new ShapeReference(shape.Value, _fields.Locate(shape));
    }
}
