using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Turns a reader's <see cref="ServiceDefinition"/> into the <see cref="ServiceSpec"/> every emitter uses:
/// applies the Operations filter, checks references, decides every C# name once, and resolves member types.
/// Knows nothing about model formats.
/// </summary>
internal sealed class SpecBuilder
{
    private readonly ServiceDefinition _service;
    private readonly string _modelPath;
    private readonly ModelOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missingShapes = new(StringComparer.Ordinal);
    private TypeResolver _types = null!;

    private SpecBuilder(ServiceDefinition service, string modelPath, ModelOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _service = service;
        _modelPath = modelPath;
        _options = options;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public static ServiceSpec? Build(
        ServiceDefinition service, string modelPath, ModelOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new SpecBuilder(service, modelPath, options, diagnostics, cancellationToken).Build();

    private ServiceSpec? Build()
    {
        if (_service.Protocol is null)
        {
            return null;
        }

        CheckReferences();
        var operations = OperationFilter.Apply(_service, _options.Operations, _diagnostics)
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        // Operations the client cannot offer (event streams) contribute no shapes.
        var usage = ShapeClosure.Compute(_service, operations.Where(o => UnsupportedReason(o) is null));

        var clientName = string.IsNullOrWhiteSpace(_options.ClientName) ? ServiceNaming.DeriveClientName(_service) : _options.ClientName!.Trim();
        if (!Naming.IsValidIdentifier(clientName))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, _service.Location, "The ClientName", clientName);
            return null;
        }

        var names = ServiceNaming.Create(clientName);
        var ns = ResolveNamespace(clientName);
        var isInternal = ResolveVisibility();
        if (ns is null || isInternal is null)
        {
            return null;
        }

        NameTypes(usage, names);
        var inherited = DeprecationFromOperations(operations, usage);
        _types = new TypeResolver(_service, _typeNames, _diagnostics);

        var structures = new List<StructureSpec>();
        var enums = new List<EnumSpec>();
        var unions = new List<UnionSpec>();
        foreach (var shape in usage.Keys.OrderBy(n => n, StringComparer.Ordinal).Select(n => _service.Shapes[n]))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!_typeNames.TryGetValue(shape.Name, out var typeName))
            {
                continue;
            }

            switch (shape.Kind)
            {
                case TypeKind.Structure:
                    structures.Add(BuildStructure(shape, typeName, usage[shape.Name], inherited));
                    break;
                case TypeKind.Union:
                    unions.Add(new UnionSpec(shape.Name, typeName, shape.Documentation, shape.Deprecation, shape.IsSensitive,
                        BuildMembers(shape, typeName, ReservedNames.UnionMembers), usage[shape.Name]));
                    break;
                case TypeKind.Enum:
                case TypeKind.IntEnum:
                    enums.Add(BuildEnum(shape, typeName));
                    break;
            }
        }

        if (_diagnostics.HasErrors)
        {
            return null;
        }

        var internalNames = new UniqueNames(names.ErrorFactory);
        var operationSpecs = operations.Select(o => BuildOperation(o, internalNames)).ToEquatableArray();
        var info = new ServiceInfo(_service.ServiceId, _service.ApiVersion, _service.EndpointPrefix,
            _service.SigningName.Length > 0 ? _service.SigningName : _service.EndpointPrefix,
            _service.Protocol.Value, _service.TargetPrefix, _service.Title, _service.Documentation);
        return _diagnostics.HasErrors
            ? null
            : new ServiceSpec(_modelPath, ns, names, info, operationSpecs, structures.ToEquatableArray(), enums.ToEquatableArray(), unions.ToEquatableArray(), isInternal.Value);
    }

    /// <summary>The Visibility metadata: true for <c>internal</c>, false for <c>public</c> or none, null (reported) for anything else.</summary>
    private bool? ResolveVisibility()
    {
        var visibility = _options.Visibility?.Trim();
        if (string.IsNullOrEmpty(visibility) || string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidFieldValue, _service.Location, "The Visibility metadata", "'public' or 'internal'", "'" + visibility + "'");
        return null;
    }

    private string? ResolveNamespace(string clientName)
    {
        var ns = !string.IsNullOrWhiteSpace(_options.Namespace)
            ? _options.Namespace!.Trim()
            : string.IsNullOrWhiteSpace(_options.RootNamespace) ? clientName : _options.RootNamespace!.Trim() + "." + clientName;
        foreach (var part in ns.Split('.'))
        {
            if (!Naming.IsValidIdentifier(part) || Naming.Escape(part) != part)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, _service.Location, "The namespace", ns);
                return null;
            }
        }

        return ns;
    }

    private void CheckReferences()
    {
        foreach (var shape in _service.Shapes.Values)
        {
            foreach (var member in shape.Members)
            {
                CheckReference(member.Target, "member '{0}' of '{1}'", member.Name, shape.Name);
            }

            CheckReference(shape.ListMember, "the member of list '{0}'", shape.Name);
            CheckReference(shape.MapKey, "the key of map '{0}'", shape.Name);
            CheckReference(shape.MapValue, "the value of map '{0}'", shape.Name);
        }

        foreach (var operation in _service.Operations)
        {
            CheckReference(operation.Input, "the input of operation '{0}'", operation.Name);
            CheckReference(operation.Output, "the output of operation '{0}'", operation.Name);
            foreach (var error in operation.Errors)
            {
                CheckReference(error, "the errors of operation '{0}'", operation.Name);
            }
        }
    }

    /// <param name="referrerFormat">Who refers, formatted with <paramref name="name"/> and <paramref name="owner"/> only when the shape is missing.</param>
    private void CheckReference(ShapeReference? reference, string referrerFormat, string name, string? owner = null)
    {
        if (reference is not null && !_service.Shapes.ContainsKey(reference.Name) && !_service.UnreadableShapes.Contains(reference.Name))
        {
            _missingShapes.Add(reference.Name);
            _diagnostics.Report(DiagnosticDescriptors.UndefinedShape, reference.Location, reference.Name, string.Format(CultureInfo.InvariantCulture, referrerFormat, name, owner));
        }
    }

    private void NameTypes(Dictionary<string, ShapeUsage> usage, ServiceNames names)
    {
        var scope = new UniqueNames(ServiceNaming.PublicNames(names).ToArray());
        foreach (var name in usage.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            var shape = _service.Shapes[name];
            if (shape.Kind is not (TypeKind.Structure or TypeKind.Union or TypeKind.Enum or TypeKind.IntEnum))
            {
                continue;
            }

            var identifier = Naming.ToIdentifier(shape.Name);
            if (identifier is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, shape.Location, "Shape name", shape.Name);
                continue;
            }

            _typeNames[name] = scope.Claim(identifier.TrimStart('@'), "Model");
        }
    }

    /// <summary>
    /// The request and response types of a deprecated operation are deprecated with it, unless
    /// something else uses them (another operation, or a member of another shape).
    /// </summary>
    private Dictionary<string, Deprecation> DeprecationFromOperations(List<OperationDefinition> operations, Dictionary<string, ShapeUsage> usage)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in usage.Keys)
        {
            var shape = _service.Shapes[name];
            foreach (var member in shape.Members)
            {
                referenced.Add(member.Target.Name);
            }

            if (shape.ListMember is not null)
            {
                referenced.Add(shape.ListMember.Name);
            }

            if (shape.MapValue is not null)
            {
                referenced.Add(shape.MapValue.Name);
            }
        }

        foreach (var operation in operations.Where(o => o.Deprecation is null))
        {
            referenced.Add(operation.Input?.Name ?? "");
            referenced.Add(operation.Output?.Name ?? "");
        }

        var inherited = new Dictionary<string, Deprecation>(StringComparer.Ordinal);
        foreach (var operation in operations.Where(o => o.Deprecation is not null))
        {
            foreach (var reference in new[] { operation.Input, operation.Output })
            {
                if (reference is not null && !referenced.Contains(reference.Name))
                {
                    inherited[reference.Name] = operation.Deprecation!;
                }
            }
        }

        return inherited;
    }

    private StructureSpec BuildStructure(ShapeDefinition shape, string typeName, ShapeUsage usage, Dictionary<string, Deprecation> inherited)
    {
        var reserved = shape.Error is not null ? ReservedNames.ExceptionMembers : ReservedNames.RecordMembers;
        var deprecation = shape.Deprecation ?? (inherited.TryGetValue(shape.Name, out var fromOperation) ? fromOperation : null);
        return new StructureSpec(shape.Name, typeName, shape.Documentation, deprecation, shape.IsSensitive,
            BuildMembers(shape, typeName, reserved), shape.Error, usage);
    }

    private EquatableArray<MemberSpec> BuildMembers(ShapeDefinition shape, string typeName, string[] reserved)
    {
        var scope = new UniqueNames(reserved);
        scope.Reserve(typeName);
        var members = new List<MemberSpec>();
        foreach (var member in shape.Members)
        {
            var identifier = Naming.ToIdentifier(member.Name);
            if (identifier is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, member.Location, "Member name", member.Name);
                continue;
            }

            var type = _types.Resolve(member.Target, member.Constraints);
            if (type is null)
            {
                continue;
            }

            var propertyName = scope.Claim(identifier, "Value");
            var defaultValue = member.IsClientOptional || member.DefaultValue == "null" ? null : member.DefaultValue;
            if (type.Kind is TypeKind.Document or TypeKind.Structure or TypeKind.Union)
            {
                // C# has no constant for these; the member stays nullable.
                defaultValue = null;
            }

            var isRequired = member.IsRequired && !member.IsClientOptional;
            members.Add(new MemberSpec(
                member.Name,
                propertyName,
                type,
                isRequired,
                defaultValue,
                member.Documentation,
                member.Deprecation,
                member.IsSensitive || type.IsSensitive,
                member.Binding,
                member.BindingName,
                member.JsonName ?? member.Name,
                TimestampFormatNames.Normalize(member.TimestampFormat) ?? type.TimestampFormat,
                member.IsIdempotencyToken,
                member.IsJsonValue,
                member.IsHostLabel));
        }

        return members.ToEquatableArray();
    }

    private EnumSpec BuildEnum(ShapeDefinition shape, string typeName)
    {
        var scope = new UniqueNames(ReservedNames.EnumMembers);
        scope.Reserve(typeName);
        var values = new List<EnumValueSpec>();
        foreach (var value in shape.EnumValues)
        {
            // String enums are named from their values in both formats (botocore has no member names);
            // intEnum values are numbers, so their Smithy member names are the only usable names.
            var basis = shape.Kind == TypeKind.IntEnum && value.MemberName is not null ? value.MemberName : value.Value;
            var name = Naming.EnumValueName(basis);
            if (name.Length == 0)
            {
                name = "Value";
            }

            values.Add(new EnumValueSpec(scope.Claim(name, "Value"), value.Value, value.Documentation, value.Deprecation));
        }

        return new EnumSpec(shape.Name, typeName, shape.Documentation, shape.Deprecation, shape.Kind == TypeKind.IntEnum, values.ToEquatableArray());
    }

    private OperationSpec BuildOperation(OperationDefinition operation, UniqueNames internalNames)
    {
        var methodName = Naming.ToIdentifier(operation.Name);
        if (methodName is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, operation.Location, "Operation name", operation.Name);
            methodName = "Operation";
        }

        var input = StructureReference(operation.Input);
        var output = StructureReference(operation.Output);
        var errors = operation.Errors
            .Where(e => _typeNames.ContainsKey(e.Name))
            .Select(e => _typeNames[e.Name])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToEquatableArray();
        var unsupported = UnsupportedReason(operation);
        if (unsupported is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedOperation, operation.Location, operation.Name, unsupported);
        }

        return new OperationSpec(
            operation.Name,
            methodName.TrimStart('@'),
            internalNames.Claim(methodName.TrimStart('@') + "Operation"),
            operation.Documentation,
            operation.Deprecation,
            // A model that states no success code means 200 (botocore omits it, Smithy's http trait defaults it).
            new HttpSpec(operation.HttpMethod, operation.RequestUri, operation.ResponseCode ?? 200),
            input,
            output,
            errors,
            operation.IsSigned,
            operation.HostPrefix,
            ResolvePagination(operation),
            unsupported,
            operation.RequestCompression,
            operation.ChecksumRequired);
    }

    /// <summary>Resolves a paginator's member names to property paths; a paginator that does not fit the shapes is dropped.</summary>
    private PaginationSpec? ResolvePagination(OperationDefinition operation)
    {
        var paginator = operation.Paginator;
        if (paginator is null || operation.Input is null || operation.Output is null ||
            !_service.Shapes.TryGetValue(operation.Input.Name, out var input) || !_service.Shapes.TryGetValue(operation.Output.Name, out var output))
        {
            return null;
        }

        var inputToken = ResolvePath(input, paginator.InputToken, out var inputType);
        var outputToken = ResolvePath(output, paginator.OutputToken, out var tokenType);
        if (inputToken is not { Count: 1 } || outputToken is null || inputType?.Kind != TypeKind.String || tokenType?.Kind != TypeKind.String)
        {
            return null;
        }

        var items = paginator.Items is null ? null : ResolvePath(output, paginator.Items, out _);
        TypeRef? itemType = null;
        if (items is not null)
        {
            var listType = ResolveMemberType(output, paginator.Items!);
            itemType = listType?.Kind == TypeKind.List ? listType.Element : null;
            if (itemType is null)
            {
                items = null;
            }
        }

        return new PaginationSpec(inputToken[0], outputToken.ToEquatableArray(), (items ?? new List<string>()).ToEquatableArray(), itemType);
    }

    /// <summary>Follows a dot-separated member path, returning the C# property names and the final shape.</summary>
    private List<string>? ResolvePath(ShapeDefinition shape, string path, out ShapeDefinition? final)
    {
        final = null;
        var names = new List<string>();
        var current = shape;
        foreach (var part in path.Split('.'))
        {
            var index = current.Members.FindIndex(m => m.Name == part);
            if (index < 0 || !_service.Shapes.TryGetValue(current.Members[index].Target.Name, out var target))
            {
                return null;
            }

            names.Add(PropertyNameOf(current, index));
            current = target;
        }

        final = current;
        return names;
    }

    private TypeRef? ResolveMemberType(ShapeDefinition shape, string path)
    {
        var parts = path.Split('.');
        var current = shape;
        for (var i = 0; i < parts.Length; i++)
        {
            var member = current.Members.FirstOrDefault(m => m.Name == parts[i]);
            if (member is null || !_service.Shapes.TryGetValue(member.Target.Name, out var target))
            {
                return null;
            }

            if (i == parts.Length - 1)
            {
                return _types.Resolve(member.Target, null);
            }

            current = target;
        }

        return null;
    }

    /// <summary>The property name a member gets, computed exactly as <see cref="BuildMembers"/> does.</summary>
    private string PropertyNameOf(ShapeDefinition shape, int memberIndex)
    {
        var reserved = shape.Error is not null ? ReservedNames.ExceptionMembers
            : shape.Kind == TypeKind.Union ? ReservedNames.UnionMembers : ReservedNames.RecordMembers;
        var scope = new UniqueNames(reserved);
        if (_typeNames.TryGetValue(shape.Name, out var typeName))
        {
            scope.Reserve(typeName);
        }

        var name = "";
        for (var i = 0; i <= memberIndex; i++)
        {
            var identifier = Naming.ToIdentifier(shape.Members[i].Name);
            if (identifier is not null)
            {
                name = scope.Claim(identifier, "Value");
            }
        }

        return name;
    }

    private StructureRef? StructureReference(ShapeReference? reference) =>
        reference is not null && _typeNames.TryGetValue(reference.Name, out var typeName)
            ? new StructureRef(reference.Name, typeName)
            : null;

    private string? UnsupportedReason(OperationDefinition operation)
    {
        foreach (var reference in new[] { operation.Input, operation.Output })
        {
            if (reference is null || !_service.Shapes.TryGetValue(reference.Name, out var shape))
            {
                continue;
            }

            foreach (var member in shape.Members)
            {
                if (_service.Shapes.TryGetValue(member.Target.Name, out var target) && target.IsEventStream)
                {
                    return "event streams";
                }
            }
        }

        return null;
    }
}
