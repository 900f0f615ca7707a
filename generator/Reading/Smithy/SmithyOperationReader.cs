using System;
using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>Reads a Smithy operation shape: HTTP binding, input, output, errors, auth, host prefix and pagination.</summary>
internal sealed class SmithyOperationReader
{
    /// <summary>Auth scheme traits, which a service without an <c>auth</c> trait offers all of.</summary>
    private static readonly string[] s_authSchemes =
    {
        TraitIds.SigV4, "aws.auth#sigv4a", "smithy.api#httpBasicAuth", "smithy.api#httpBearerAuth", "smithy.api#httpApiKeyAuth",
        "smithy.api#httpDigestAuth",
    };

    private readonly SmithyModel _model;
    private readonly TraitReader _traits;
    private readonly ServiceDefinition _service;
    private readonly Dictionary<string, string> _keys;
    private readonly List<SmithyReference> _serviceErrors;
    private readonly Dictionary<string, string> _servicePaginated = new(StringComparer.Ordinal);
    private readonly List<string> _serviceAuth;

    public SmithyOperationReader(
        SmithyModel model, TraitReader traits, ServiceDefinition service, SmithyShape serviceShape, Dictionary<string, string> keys,
        List<SmithyReference> serviceErrors)
    {
        _model = model;
        _traits = traits;
        _service = service;
        _keys = keys;
        _serviceErrors = serviceErrors;
        var owner = "service '" + serviceShape.Id + "'";
        if (traits.Object(serviceShape.Traits, TraitIds.Paginated, owner) is { } paginated)
        {
            foreach (var name in new[] { "inputToken", "outputToken", "pageSize", "items" })
            {
                if (traits.Fields.String(paginated, name, "trait '" + TraitIds.Paginated + "' of " + owner) is { } value)
                {
                    _servicePaginated[name] = value;
                }
            }
        }

        _serviceAuth = AuthList(serviceShape, owner) ?? ServiceSchemes(serviceShape);
    }

    public OperationDefinition Read(SmithyShape shape)
    {
        var owner = "operation '" + shape.Id + "'";
        var operation = new OperationDefinition(ShapeId.Name(shape.Id), shape.Location)
        {
            Documentation = _traits.String(shape.Traits, TraitIds.Documentation, owner),
            Deprecation = SmithyShapeReader.ReadDeprecation(shape.Traits, _traits, owner),
        };

        // awsJson sends every operation as POST / and ignores the http trait, as botocore records it.
        var http = _service.Protocol == Protocol.RestJson1 ? _traits.Object(shape.Traits, TraitIds.Http, owner) : null;
        if (http is not null)
        {
            var httpOwner = "trait '" + TraitIds.Http + "' of " + owner;
            operation.HttpMethod = _traits.Fields.String(http, "method", httpOwner, required: true) ?? "POST";
            operation.RequestUri = _traits.Fields.String(http, "uri", httpOwner, required: true) ?? "/";
            operation.ResponseCode = (int?)_traits.Fields.Integer(http, "code", httpOwner);
        }
        else if (_service.Protocol == Protocol.RestJson1 && !shape.HasTrait(TraitIds.Http))
        {
            _traits.Fields.Diagnostics.Report(DiagnosticDescriptors.MissingRequiredField, shape.Location, "Operation '" + shape.Id + "' of a restJson1 service", TraitIds.Http);
        }

        operation.Input = Reference(_model.Reference(shape, "input"));
        operation.Output = Reference(_model.Reference(shape, "output"));
        foreach (var error in _model.References(shape, "errors"))
        {
            AddError(operation, error);
        }

        // Errors bound to the service apply to every operation, as botocore lists them.
        foreach (var error in _serviceErrors)
        {
            AddError(operation, error);
        }

        operation.IsSigned = IsSigned(shape, owner);
        _traits.Marker(shape.Traits, TraitIds.OptionalAuth, owner);
        var endpoint = _traits.Object(shape.Traits, TraitIds.Endpoint, owner);
        if (endpoint is not null)
        {
            operation.HostPrefix = _traits.Fields.String(endpoint, "hostPrefix", "trait '" + TraitIds.Endpoint + "' of " + owner, required: true);
        }

        operation.Paginator = ReadPaginator(shape, owner);
        operation.ChecksumRequired = _traits.Marker(shape.Traits, TraitIds.HttpChecksumRequired, owner);
        if (_traits.Object(shape.Traits, TraitIds.RequestCompression, owner) is { } compression &&
            _traits.Fields.Array(compression, "encodings", "trait '" + TraitIds.RequestCompression + "' of " + owner) is { } encodings)
        {
            operation.RequestCompression = encodings.Items.Exists(e => e is Json.JsonString { Value: "gzip" });
        }

        return operation;
    }

    private void AddError(OperationDefinition operation, SmithyReference error)
    {
        var reference = Reference(error);
        if (reference is not null && !operation.Errors.Exists(e => e.Name == reference.Name))
        {
            operation.Errors.Add(reference);
        }
    }

    /// <summary>A reference by definition key; null for <c>smithy.api#Unit</c> and for shapes already reported as missing or wrong.</summary>
    private ShapeReference? Reference(SmithyReference? reference) =>
        reference is not null && reference.Id != SmithyPrelude.Unit && _keys.TryGetValue(reference.Id, out var key)
            ? new ShapeReference(key, reference.Location)
            : null;

    /// <summary>
    /// Signed unless the effective auth schemes (the operation's <c>auth</c> trait, else the service's,
    /// else every scheme the service declares) are none at all, or start with <c>smithy.api#noAuth</c>.
    /// </summary>
    private bool IsSigned(SmithyShape shape, string owner)
    {
        var schemes = AuthList(shape, owner) ?? _serviceAuth;
        return schemes.Count > 0 && schemes[0] != TraitIds.NoAuth;
    }

    private List<string>? AuthList(SmithyShape shape, string owner)
    {
        var auth = _traits.Array(shape.Traits, TraitIds.Auth, owner);
        if (auth is null)
        {
            return null;
        }

        var schemes = new List<string>();
        foreach (var item in auth.Items)
        {
            if (item is JsonString scheme)
            {
                schemes.Add(scheme.Value);
            }
            else
            {
                _traits.Report(TraitIds.Auth, owner, "an array of shape ids", "an array holding " + item.KindName, item);
            }
        }

        return schemes;
    }

    private static List<string> ServiceSchemes(SmithyShape service)
    {
        var schemes = new List<string>();
        foreach (var scheme in s_authSchemes)
        {
            if (service.HasTrait(scheme))
            {
                schemes.Add(scheme);
            }
        }

        schemes.Sort(StringComparer.Ordinal);
        return schemes;
    }

    /// <summary>The operation's <c>paginated</c> trait, each member it leaves out taken from the service's.</summary>
    private PaginatorSpec? ReadPaginator(SmithyShape shape, string owner)
    {
        var paginated = _traits.Object(shape.Traits, TraitIds.Paginated, owner);
        if (paginated is null)
        {
            return null;
        }

        var paginatedOwner = "trait '" + TraitIds.Paginated + "' of " + owner;
        string? Field(string name) =>
            _traits.Fields.String(paginated, name, paginatedOwner) ?? (_servicePaginated.TryGetValue(name, out var value) ? value : null);

        // A missing token (the trait is incomplete) is reported when the paginator is resolved.
        EquatableArray<string> List(string? value) => value is null ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { value });
        return new PaginatorSpec(List(Field("inputToken")), List(Field("outputToken")), Field("pageSize"), List(Field("items")), null,
            EquatableArray<string>.Empty, _traits.Fields.Locate(paginated));
    }
}
