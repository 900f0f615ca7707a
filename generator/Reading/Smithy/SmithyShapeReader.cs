using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>Reads one Smithy data shape, its traits and its members into a <see cref="ShapeDefinition"/>.</summary>
internal sealed class SmithyShapeReader
{
    private const string DefaultDeprecationMessage = "Deprecated by the service model.";

    private readonly TraitReader _traits;
    private readonly Dictionary<SmithyMember, SmithyShape> _memberTargets;
    private readonly Dictionary<string, string> _keys;
    private readonly bool _httpBindings;

    /// <param name="httpBindings">Whether the protocol binds members to the URI, query and headers (restJson1); awsJson ignores those traits.</param>
    public SmithyShapeReader(TraitReader traits, Dictionary<SmithyMember, SmithyShape> memberTargets, Dictionary<string, string> keys, bool httpBindings)
    {
        _traits = traits;
        _memberTargets = memberTargets;
        _keys = keys;
        _httpBindings = httpBindings;
    }

    public ShapeDefinition? Read(SmithyShape shape, string key)
    {
        var owner = shape.Describe();
        var kind = KindOf(shape);
        if (kind is null)
        {
            _traits.Fields.Diagnostics.Report(DiagnosticDescriptors.UnsupportedShapeType, shape.Location, shape.Id, shape.Type);
            return null;
        }

        var traits = shape.Traits;
        var streaming = _traits.Marker(traits, TraitIds.Streaming, owner);
        var definition = new ShapeDefinition(key, kind.Value, shape.Location)
        {
            Documentation = _traits.String(traits, TraitIds.Documentation, owner),
            Deprecation = ReadDeprecation(traits, _traits, owner),
            IsSensitive = _traits.Marker(traits, TraitIds.Sensitive, owner),
            Constraints = ReadConstraints(traits, owner),
            TimestampFormat = ReadTimestampFormat(traits, owner),
            MediaType = _traits.String(traits, TraitIds.MediaType, owner),
            IsStreaming = streaming && kind == TypeKind.Blob,
            IsEventStream = streaming && kind is TypeKind.Union or TypeKind.Structure,
            IsSparse = _traits.Marker(traits, TraitIds.Sparse, owner),
        };

        // Known, but nothing in the generated code depends on it (botocore's requiresLength is not read either).
        _traits.Marker(traits, TraitIds.RequiresLength, owner);

        switch (definition.Kind)
        {
            case TypeKind.Structure:
            case TypeKind.Union:
                foreach (var member in shape.Members)
                {
                    if (ReadMember(member) is { } memberDefinition)
                    {
                        definition.Members.Add(memberDefinition);
                    }
                }

                definition.Error = ReadError(shape, owner);

                // Markers of operation inputs and outputs: known, so checked, but the operations already say which is which.
                _traits.Marker(traits, TraitIds.Input, owner);
                _traits.Marker(traits, TraitIds.Output, owner);
                break;
            case TypeKind.List:
                definition.ListMember = Target(shape.FindMember("member"));
                break;
            case TypeKind.Map:
                definition.MapKey = Target(shape.FindMember("key"));
                definition.MapValue = Target(shape.FindMember("value"));
                break;
            case TypeKind.Enum:
            case TypeKind.IntEnum:
                ReadEnumValues(shape, definition, owner);
                break;
        }

        return definition;
    }

    public static Deprecation? ReadDeprecation(IReadOnlyDictionary<string, JsonNode> traits, TraitReader reader, string owner)
    {
        var deprecated = reader.Object(traits, TraitIds.Deprecated, owner);
        if (deprecated is null)
        {
            return traits.ContainsKey(TraitIds.Deprecated) ? new Deprecation(DefaultDeprecationMessage) : null;
        }

        var message = reader.Fields.String(deprecated, "message", "trait '" + TraitIds.Deprecated + "' of " + owner);
        return new Deprecation(string.IsNullOrWhiteSpace(message) ? DefaultDeprecationMessage : message!);
    }

    private static TypeKind? KindOf(SmithyShape shape) => shape.Type switch
    {
        "string" => shape.HasTrait(TraitIds.Enum) ? TypeKind.Enum : TypeKind.String,
        "enum" => TypeKind.Enum,
        "intEnum" => TypeKind.IntEnum,
        "boolean" => TypeKind.Boolean,
        "byte" => TypeKind.Byte,
        "short" => TypeKind.Short,
        "integer" => TypeKind.Integer,
        "long" => TypeKind.Long,
        "float" => TypeKind.Float,
        "double" => TypeKind.Double,
        "bigInteger" => TypeKind.BigInteger,
        "bigDecimal" => TypeKind.BigDecimal,
        "timestamp" => TypeKind.Timestamp,
        "blob" => TypeKind.Blob,
        "document" => TypeKind.Document,
        "list" or "set" => TypeKind.List,
        "map" => TypeKind.Map,
        "structure" => TypeKind.Structure,
        "union" => TypeKind.Union,
        _ => null,
    };

    private MemberDefinition? ReadMember(SmithyMember member)
    {
        if (!_memberTargets.TryGetValue(member, out var target))
        {
            // Already reported: the target resolves to nothing or is not a data shape.
            return null;
        }

        var owner = member.Describe();
        var traits = member.Traits;
        var definition = new MemberDefinition(member.Name, new ShapeReference(_keys[target.Id], member.Target.Location), member.Location)
        {
            IsRequired = _traits.Marker(traits, TraitIds.Required, owner),
            IsClientOptional = _traits.Marker(traits, TraitIds.ClientOptional, owner) | _traits.Marker(traits, TraitIds.AddedDefault, owner),
            Documentation = _traits.String(traits, TraitIds.Documentation, owner),
            Deprecation = ReadDeprecation(traits, _traits, owner),
            IsSensitive = _traits.Marker(traits, TraitIds.Sensitive, owner),
            TimestampFormat = ReadTimestampFormat(traits, owner),
            IsIdempotencyToken = _traits.Marker(traits, TraitIds.IdempotencyToken, owner),
            IsHostLabel = _traits.Marker(traits, TraitIds.HostLabel, owner),
            JsonName = _traits.String(traits, TraitIds.JsonName, owner),
        };

        var constraints = ReadConstraints(traits, owner);
        definition.Constraints = constraints.IsEmpty ? null : constraints;
        ApplyBinding(definition, traits, owner);

        // botocore's "jsonvalue": a JSON document carried in a header as a string with a JSON media type.
        definition.IsJsonValue = definition.Binding == HttpBinding.Header && target.Type == "string" &&
            target.Traits.TryGetValue(TraitIds.MediaType, out var mediaType) && mediaType is JsonString { Value: "application/json" };
        return definition;
    }

    /// <summary>Where an input or output member travels; the names follow botocore's locationName.</summary>
    private void ApplyBinding(MemberDefinition member, IReadOnlyDictionary<string, JsonNode> traits, string owner)
    {
        if (!_httpBindings)
        {
            member.Binding = HttpBinding.Body;
            member.BindingName = member.JsonName ?? member.Name;
        }
        else if (_traits.Marker(traits, TraitIds.HttpLabel, owner))
        {
            member.Binding = HttpBinding.Label;
            member.BindingName = member.Name;
        }
        else if (_traits.String(traits, TraitIds.HttpQuery, owner) is { } query)
        {
            member.Binding = HttpBinding.Query;
            member.BindingName = query;
        }
        else if (_traits.Marker(traits, TraitIds.HttpQueryParams, owner))
        {
            member.Binding = HttpBinding.QueryParams;
            member.BindingName = member.Name;
        }
        else if (_traits.String(traits, TraitIds.HttpHeader, owner) is { } header)
        {
            member.Binding = HttpBinding.Header;
            member.BindingName = header;
        }
        else if (_traits.String(traits, TraitIds.HttpPrefixHeaders, owner) is { } prefix)
        {
            member.Binding = HttpBinding.PrefixHeaders;
            member.BindingName = prefix;
        }
        else if (_traits.Marker(traits, TraitIds.HttpResponseCode, owner))
        {
            member.Binding = HttpBinding.StatusCode;
            member.BindingName = member.Name;
        }
        else
        {
            member.Binding = _traits.Marker(traits, TraitIds.HttpPayload, owner) ? HttpBinding.Payload : HttpBinding.Body;
            member.BindingName = member.JsonName ?? member.Name;
        }
    }

    private ShapeReference? Target(SmithyMember? member) =>
        member is not null && _memberTargets.TryGetValue(member, out var target) ? new ShapeReference(_keys[target.Id], member.Target.Location) : null;

    private ConstraintDefinition ReadConstraints(IReadOnlyDictionary<string, JsonNode> traits, string owner)
    {
        var constraints = new ConstraintDefinition();
        if (_traits.Object(traits, TraitIds.Length, owner) is { } length)
        {
            var lengthOwner = "trait '" + TraitIds.Length + "' of " + owner;
            constraints.MinLength = _traits.Fields.Integer(length, "min", lengthOwner);
            constraints.MaxLength = _traits.Fields.Integer(length, "max", lengthOwner);
        }

        if (_traits.Object(traits, TraitIds.Range, owner) is { } range)
        {
            var rangeOwner = "trait '" + TraitIds.Range + "' of " + owner;
            constraints.MinValue = _traits.Fields.Number(range, "min", rangeOwner);
            constraints.MaxValue = _traits.Fields.Number(range, "max", rangeOwner);
        }

        if (_traits.StringNode(traits, TraitIds.Pattern, owner) is { } pattern)
        {
            constraints.Pattern = pattern.Value;
            constraints.PatternLocation = _traits.Fields.Locate(pattern);
        }

        return constraints;
    }

    private string? ReadTimestampFormat(IReadOnlyDictionary<string, JsonNode> traits, string owner)
    {
        var format = _traits.StringNode(traits, TraitIds.TimestampFormat, owner);
        if (format is null)
        {
            return null;
        }

        if (format.Value is "date-time" or "http-date" or "epoch-seconds")
        {
            return format.Value;
        }

        _traits.Report(TraitIds.TimestampFormat, owner, "\"date-time\", \"http-date\" or \"epoch-seconds\"", "'" + format.Value + "'", format);
        return null;
    }

    private ErrorSpec? ReadError(SmithyShape shape, string owner)
    {
        var error = _traits.StringNode(shape.Traits, TraitIds.Error, owner);
        if (error is null)
        {
            return null;
        }

        if (error.Value is not ("client" or "server"))
        {
            _traits.Report(TraitIds.Error, owner, "\"client\" or \"server\"", "'" + error.Value + "'", error);
        }

        var status = (int?)_traits.Integer(shape.Traits, TraitIds.HttpError, owner);
        var retryable = _traits.Object(shape.Traits, TraitIds.Retryable, owner);
        var throttling = retryable is not null && _traits.Fields.Boolean(retryable, "throttling", "trait '" + TraitIds.Retryable + "' of " + owner);

        // The wire error code is the shape's name, whatever the service renames it to; a query protocol
        // code (awsQueryError), which query-compatible services still report, wins as botocore's "error.code" does.
        var code = ShapeId.Name(shape.Id);
        if (_traits.Object(shape.Traits, TraitIds.AwsQueryError, owner) is { } queryError)
        {
            var queryOwner = "trait '" + TraitIds.AwsQueryError + "' of " + owner;
            code = _traits.Fields.String(queryError, "code", queryOwner, required: true) ?? code;
            status ??= (int?)_traits.Fields.Integer(queryError, "httpResponseCode", queryOwner);
        }

        return new ErrorSpec(code, status, error.Value == "server", retryable is not null, throttling);
    }

    private void ReadEnumValues(SmithyShape shape, ShapeDefinition definition, string owner)
    {
        if (shape.Type == "string")
        {
            ReadEnumTrait(shape, definition, owner);
            return;
        }

        foreach (var member in shape.Members)
        {
            var memberOwner = member.Describe();
            var documentation = _traits.String(member.Traits, TraitIds.Documentation, memberOwner);
            var deprecation = ReadDeprecation(member.Traits, _traits, memberOwner);
            string? value;
            if (shape.Type == "intEnum")
            {
                var number = _traits.Get<JsonNumber>(member.Traits, TraitIds.EnumValue, memberOwner, "an integer");
                if (number is not null && !number.TryGetInt64(out _))
                {
                    _traits.Report(TraitIds.EnumValue, memberOwner, "an integer", "'" + number.Raw + "'", number);
                    number = null;
                }
                else if (number is null && !member.HasTrait(TraitIds.EnumValue))
                {
                    _traits.Fields.Diagnostics.Report(DiagnosticDescriptors.MissingRequiredField, member.Location, "Member '" + member.Name + "' of intEnum '" + shape.Id + "'", TraitIds.EnumValue);
                }

                value = number?.Raw;
            }
            else
            {
                // An enum member without enumValue has its own name as its value.
                value = member.HasTrait(TraitIds.EnumValue) ? _traits.String(member.Traits, TraitIds.EnumValue, memberOwner) : member.Name;
            }

            if (value is not null)
            {
                definition.EnumValues.Add(new EnumValueDefinition(member.Name, value, documentation, deprecation));
            }
        }
    }

    /// <summary>The Smithy 1.0 <c>enum</c> trait on a string: <c>[{"value": "a", "name": "A", "documentation": ..., "deprecated": true}]</c>.</summary>
    private void ReadEnumTrait(SmithyShape shape, ShapeDefinition definition, string owner)
    {
        var values = _traits.Array(shape.Traits, TraitIds.Enum, owner);
        var enumOwner = "trait '" + TraitIds.Enum + "' of " + owner;
        foreach (var item in values?.Items ?? new List<JsonNode>())
        {
            if (item is not JsonObject entry)
            {
                _traits.Report(TraitIds.Enum, owner, "an array of objects", "an array holding " + item.KindName, item);
                continue;
            }

            var value = _traits.Fields.String(entry, "value", enumOwner, required: true);
            if (value is null)
            {
                continue;
            }

            var deprecated = _traits.Fields.Boolean(entry, "deprecated", enumOwner);
            definition.EnumValues.Add(new EnumValueDefinition(
                _traits.Fields.String(entry, "name", enumOwner),
                value,
                _traits.Fields.String(entry, "documentation", enumOwner),
                deprecated ? new Deprecation(DefaultDeprecationMessage) : null));
        }
    }
}
