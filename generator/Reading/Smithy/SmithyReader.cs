using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Botocore;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// Reads a Smithy 2.0 JSON AST (top-level <c>"smithy": "2.0"</c>, <c>shapes</c>) into a
/// <see cref="ServiceDefinition"/>: the one service shape (or the one the <c>Service</c> metadata names),
/// its operations reached directly and through resources, and the data shapes they use. Shapes are
/// named by the local part of their id, so both formats name everything alike. All Smithy knowledge
/// lives here and in its siblings.
/// </summary>
internal sealed class SmithyReader
{
    private static readonly string[] s_resourceLifecycle = { "create", "put", "read", "update", "delete", "list" };

    private readonly SmithyModel _model;
    private readonly JsonFields _fields;
    private readonly TraitReader _traits;
    private readonly CancellationToken _cancellationToken;
    private readonly ServiceDefinition _service = new();

    // The data shapes the service uses, in discovery order, and each member's checked target.
    private readonly List<SmithyShape> _closure = new();
    private readonly HashSet<string> _inClosure = new(StringComparer.Ordinal);
    private readonly Dictionary<SmithyMember, SmithyShape> _memberTargets = new();
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private SmithyReader(SmithyModel model, JsonFields fields, CancellationToken cancellationToken)
    {
        _model = model;
        _fields = fields;
        _traits = new TraitReader(fields);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the root object is a Smithy JSON AST.</summary>
    public static bool Recognizes(JsonObject root) => SmithyModel.Recognizes(root);

    /// <param name="serviceName">The <c>Service</c> item metadata: the service shape to generate, by absolute id or name.</param>
    /// <param name="paginators">A sibling botocore paginators-1.json; it adds paginators only to operations without a <c>paginated</c> trait.</param>
    public static ServiceDefinition? Read(
        JsonObject root, JsonFields fields, string? serviceName, (JsonObject Root, JsonFields Fields)? paginators, CancellationToken cancellationToken)
    {
        var model = SmithyModel.Load(root, fields, cancellationToken);
        if (model is null)
        {
            return null;
        }

        var reader = new SmithyReader(model, fields, cancellationToken);
        var service = reader.SelectService(serviceName);
        if (service is null)
        {
            return null;
        }

        reader.ReadService(service);
        if (paginators is { } p)
        {
            var unpaginated = new ServiceDefinition();
            unpaginated.Operations.AddRange(reader._service.Operations.Where(o => o.Paginator is null));
            BotocorePaginatorsReader.Apply(p.Root, unpaginated, p.Fields);
        }

        return reader._service;
    }

    /// <summary>"an operation", "a structure": how messages name a shape's kind.</summary>
    public static string KindName(SmithyShape shape) =>
        shape.Type.Length == 0 ? "a shape of no type" : ("aeiou".IndexOf(char.ToLowerInvariant(shape.Type[0])) >= 0 ? "an " : "a ") + shape.Type;

    private SmithyShape? SelectService(string? serviceName)
    {
        var services = _model.Shapes.Where(s => s.Type == "service").ToList();
        if (serviceName is not null)
        {
            var chosen = services.Find(s => s.Id == serviceName) ?? services.Find(s => ShapeId.Name(s.Id) == serviceName);
            if (chosen is null)
            {
                _fields.Diagnostics.Report(DiagnosticDescriptors.UnknownSmithyService, services.FirstOrDefault()?.Location ?? _model.Location,
                    serviceName, services.Count == 0 ? "none" : string.Join(", ", services.Select(s => "'" + s.Id + "'")));
            }

            return chosen;
        }

        switch (services.Count)
        {
            case 0:
                _fields.Diagnostics.Report(DiagnosticDescriptors.NoSmithyService, _model.Location);
                return null;
            case 1:
                return services[0];
            default:
                _fields.Diagnostics.Report(DiagnosticDescriptors.SeveralSmithyServices, services[1].Location,
                    services.Count, string.Join(", ", services.Select(s => "'" + s.Id + "'")), services[0].Id);
                return null;
        }
    }

    private void ReadService(SmithyShape service)
    {
        _service.Location = service.Location;
        SmithyServiceInfo.Read(service, _service, _traits);
        var operations = CollectOperations(service);
        var serviceErrors = _model.References(service, "errors");

        foreach (var operation in operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var owner = "operation '" + operation.Id + "'";
            AddStructure(_model.Reference(operation, "input"), "the input of " + owner);
            AddStructure(_model.Reference(operation, "output"), "the output of " + owner);
            foreach (var error in _model.References(operation, "errors"))
            {
                AddStructure(error, "the errors of " + owner);
            }
        }

        foreach (var error in serviceErrors)
        {
            AddStructure(error, "the errors of service '" + service.Id + "'");
        }

        WalkClosure();
        AssignKeys(service);

        var shapeReader = new SmithyShapeReader(_traits, _memberTargets, _keys, _service.Protocol == Protocol.RestJson1);
        foreach (var shape in _closure)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var definition = shapeReader.Read(shape, _keys[shape.Id]);
            if (definition is not null)
            {
                _service.Shapes[definition.Name] = definition;
            }
        }

        var operationReader = new SmithyOperationReader(_model, _traits, _service, service, _keys, serviceErrors);
        foreach (var operation in operations)
        {
            _service.Operations.Add(operationReader.Read(operation));
        }
    }

    /// <summary>The service's operations: its own, then those of its resources, recursively; each once.</summary>
    private List<SmithyShape> CollectOperations(SmithyShape service)
    {
        var operations = new List<SmithyShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resources = new HashSet<string>(StringComparer.Ordinal);
        var owner = "service '" + service.Id + "'";

        void AddOperation(SmithyReference reference, string referrer)
        {
            var shape = _model.Resolve(reference, referrer);
            if (shape is null)
            {
                return;
            }

            if (shape.Type != "operation")
            {
                _fields.Diagnostics.Report(DiagnosticDescriptors.WrongShapeKind, reference.Location, Capitalize(referrer), shape.Id, KindName(shape), "an operation");
                return;
            }

            if (seen.Add(shape.Id))
            {
                operations.Add(shape);
            }
        }

        void VisitResource(SmithyReference reference, string referrer)
        {
            var resource = _model.Resolve(reference, referrer);
            if (resource is null)
            {
                return;
            }

            if (resource.Type != "resource")
            {
                _fields.Diagnostics.Report(DiagnosticDescriptors.WrongShapeKind, reference.Location, Capitalize(referrer), resource.Id, KindName(resource), "a resource");
                return;
            }

            if (!resources.Add(resource.Id))
            {
                return;
            }

            var resourceOwner = "resource '" + resource.Id + "'";
            foreach (var field in s_resourceLifecycle)
            {
                if (_model.Reference(resource, field) is { } lifecycle)
                {
                    AddOperation(lifecycle, "the '" + field + "' operation of " + resourceOwner);
                }
            }

            foreach (var field in new[] { "operations", "collectionOperations" })
            {
                foreach (var child in _model.References(resource, field))
                {
                    AddOperation(child, "the " + field + " of " + resourceOwner);
                }
            }

            foreach (var child in _model.References(resource, "resources"))
            {
                VisitResource(child, "the resources of " + resourceOwner);
            }
        }

        foreach (var reference in _model.References(service, "operations"))
        {
            AddOperation(reference, "the operations of " + owner);
        }

        foreach (var reference in _model.References(service, "resources"))
        {
            VisitResource(reference, "the resources of " + owner);
        }

        return operations;
    }

    /// <summary>Adds an operation's input, output or error to the closure; <c>smithy.api#Unit</c> means none.</summary>
    private void AddStructure(SmithyReference? reference, string referrer)
    {
        if (reference is null || reference.Id == SmithyPrelude.Unit)
        {
            return;
        }

        var shape = _model.Resolve(reference, referrer);
        if (shape is null)
        {
            return;
        }

        if (shape.Type != "structure")
        {
            _fields.Diagnostics.Report(DiagnosticDescriptors.WrongShapeKind, reference.Location, Capitalize(referrer), shape.Id, KindName(shape), "a structure");
            return;
        }

        AddToClosure(shape);
    }

    private void AddToClosure(SmithyShape shape)
    {
        if (_inClosure.Add(shape.Id))
        {
            _closure.Add(shape);
        }
    }

    /// <summary>Follows members from the shapes found so far, checking each target once.</summary>
    private void WalkClosure()
    {
        for (var i = 0; i < _closure.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var shape = _closure[i];
            if (shape.Type is "enum" or "intEnum")
            {
                continue;
            }

            foreach (var member in shape.Members)
            {
                var target = _model.Resolve(member.Target, member.Describe());
                if (target is null)
                {
                    continue;
                }

                if (target.IsServiceLike)
                {
                    _fields.Diagnostics.Report(DiagnosticDescriptors.WrongShapeKind, member.Target.Location, Capitalize(member.Describe()),
                        target.Id, KindName(target), "a data shape");
                    continue;
                }

                _memberTargets[member] = target;
                AddToClosure(target);
            }
        }
    }

    /// <summary>
    /// Keys shapes by the local part of their id (after the service's <c>rename</c>), as botocore names
    /// them. Should two shapes share a name, the service's own namespace keeps it, model shapes win over
    /// the prelude, and the others are keyed by their absolute id.
    /// </summary>
    private void AssignKeys(SmithyShape service)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (service.Body?["rename"] is JsonObject rename)
        {
            foreach (var property in rename.Properties)
            {
                if (property.Value is JsonString name)
                {
                    renames[property.Name] = name.Value;
                }
            }
        }

        var serviceNamespace = ShapeId.Namespace(service.Id);
        foreach (var group in _closure.GroupBy(s => renames.TryGetValue(s.Id, out var renamed) ? renamed : ShapeId.Name(s.Id), StringComparer.Ordinal))
        {
            var candidates = group.ToList();
            var winner = candidates.Find(s => !s.IsPrelude && ShapeId.Namespace(s.Id) == serviceNamespace)
                ?? candidates.Find(s => !s.IsPrelude)
                ?? candidates[0];
            foreach (var shape in candidates)
            {
                _keys[shape.Id] = ReferenceEquals(shape, winner) ? group.Key : shape.Id;
            }
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
