using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>Resolves shape references to <see cref="TypeRef"/>s: collections inline, named shapes by their C# names.</summary>
internal sealed class TypeResolver
{
    private readonly ServiceDefinition _service;
    private readonly Dictionary<string, string> _typeNames;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, TypeRef?> _cache = new();
    private readonly HashSet<string> _resolving = new();
    private readonly HashSet<string> _reportedCycles = new();
    private readonly HashSet<string> _validating;

    public TypeResolver(ServiceDefinition service, Dictionary<string, string> typeNames, DiagnosticBag diagnostics)
    {
        _validating = ValidationAnalysis.ShapesThatValidate(service);
        _service = service;
        _typeNames = typeNames;
        _diagnostics = diagnostics;
    }

    /// <summary>Resolves a member's target, applying the member's own constraints over the target's.</summary>
    public TypeRef? Resolve(ShapeReference reference, ConstraintDefinition? memberConstraints)
    {
        var type = Resolve(reference.Name);
        if (type is null || memberConstraints is null || memberConstraints.IsEmpty || !_service.Shapes.TryGetValue(reference.Name, out var shape))
        {
            return type;
        }

        return type with { Constraints = ToConstraints(shape.Constraints.MergedWith(memberConstraints), shape.Name) };
    }

    private TypeRef? Resolve(string shapeName)
    {
        if (_cache.TryGetValue(shapeName, out var cached))
        {
            return cached;
        }

        if (!_service.Shapes.TryGetValue(shapeName, out var shape))
        {
            return null;
        }

        if (!_resolving.Add(shapeName))
        {
            if (_reportedCycles.Add(shapeName))
            {
                _diagnostics.Report(DiagnosticDescriptors.ShapeCycle, shape.Location, shapeName);
            }

            return null;
        }

        var type = Create(shape);
        _resolving.Remove(shapeName);
        _cache[shapeName] = type;
        return type;
    }

    private TypeRef? Create(ShapeDefinition shape)
    {
        var constraints = ToConstraints(shape.Constraints, shape.Name);
        switch (shape.Kind)
        {
            case TypeKind.List:
                var element = shape.ListMember is null ? null : Resolve(shape.ListMember.Name);
                return element is null ? null : new TypeRef(TypeKind.List, shape.Name, Element: element, Sparse: shape.IsSparse, Constraints: constraints, IsSensitive: shape.IsSensitive);
            case TypeKind.Map:
                var key = shape.MapKey is null ? null : Resolve(shape.MapKey.Name);
                var value = shape.MapValue is null ? null : Resolve(shape.MapValue.Name);
                return key is null || value is null
                    ? null
                    : new TypeRef(TypeKind.Map, shape.Name, Key: key, Value: value, Sparse: shape.IsSparse, Constraints: constraints, IsSensitive: shape.IsSensitive);
            case TypeKind.Structure:
            case TypeKind.Union:
            case TypeKind.Enum:
            case TypeKind.IntEnum:
                return _typeNames.TryGetValue(shape.Name, out var typeName)
                    ? new TypeRef(shape.Kind, shape.Name, TypeName: typeName, Constraints: constraints, IsSensitive: shape.IsSensitive,
                        Validates: _validating.Contains(shape.Name))
                    : null;
            default:
                return new TypeRef(shape.Kind, shape.Name, Constraints: constraints, TimestampFormat: TimestampFormatNames.Normalize(shape.TimestampFormat),
                    IsSensitive: shape.IsSensitive, IsStreaming: shape.IsStreaming, MediaType: shape.MediaType);
        }
    }

    private Constraints? ToConstraints(ConstraintDefinition definition, string shapeName)
    {
        // A minimum length of 0 constrains nothing; botocore files omit it where Smithy models state it.
        var minLength = definition.MinLength == 0 ? null : definition.MinLength;
        if (minLength is null && definition.MaxLength is null && definition.Pattern is null && definition.MinValue is null && definition.MaxValue is null)
        {
            return null;
        }

        var isEcmaScript = true;
        var pattern = definition.Pattern;
        if (pattern is not null)
        {
            var check = PatternCheck.Check(pattern, out var error);
            if (check is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidPattern, definition.PatternLocation, "shape '" + shapeName + "'", error);
                return null;
            }

            (pattern, isEcmaScript) = check.Value;
        }

        return new Constraints(minLength, definition.MaxLength, pattern, isEcmaScript, definition.MinValue, definition.MaxValue);
    }
}
