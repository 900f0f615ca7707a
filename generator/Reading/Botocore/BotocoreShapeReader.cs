using System;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>Reads one botocore shape and its members.</summary>
internal static class BotocoreShapeReader
{
    public static ShapeDefinition? Read(JsonProperty property, JsonFields fields)
    {
        var owner = OwnerName.Shape(property.Name);
        if (property.Value is not JsonObject body)
        {
            fields.ReportWrongKind("the shapes", property.Name, "an object", property.Value.KindName, property.Value);
            return null;
        }

        var typeNode = fields.StringNode(body, "type", owner, required: true);
        if (typeNode is null)
        {
            return null;
        }

        var kind = KindOf(typeNode.Value, body, fields, owner);
        if (kind is null)
        {
            fields.Diagnostics.Report(DiagnosticDescriptors.UnsupportedShapeType, fields.Locate(typeNode), property.Name, typeNode.Value);
            return null;
        }

        var shape = new ShapeDefinition(property.Name, kind.Value, fields.LocateName(property))
        {
            Documentation = fields.String(body, "documentation", owner),
            Deprecation = ReadDeprecation(body, owner, fields),
            IsSensitive = fields.Boolean(body, "sensitive", owner),
            TimestampFormat = fields.String(body, "timestampFormat", owner),
            IsStreaming = fields.Boolean(body, "streaming", owner),
            IsSparse = fields.Boolean(body, "sparse", owner),
            IsEventStream = fields.Boolean(body, "eventstream", owner),
            IsBoxed = fields.Boolean(body, "box", owner),
            Constraints = ReadConstraints(body, owner, fields, kind.Value),
        };

        switch (kind.Value)
        {
            case TypeKind.Structure:
            case TypeKind.Union:
                ReadMembers(shape, body, owner, fields);
                shape.Error = ReadError(property.Name, body, owner, fields);
                break;
            case TypeKind.List:
                shape.ListMember = ReadTarget(body, "member", owner, fields);
                break;
            case TypeKind.Map:
                shape.MapKey = ReadTarget(body, "key", owner, fields);
                shape.MapValue = ReadTarget(body, "value", owner, fields);
                break;
            case TypeKind.Enum:
                foreach (var item in fields.Array(body, "enum", owner)?.Items ?? new())
                {
                    if (item is JsonString value)
                    {
                        shape.EnumValues.Add(new EnumValueDefinition(null, value.Value, null, null));
                    }
                    else
                    {
                        fields.ReportWrongKind(owner, "enum", "an array of strings", item.KindName, item);
                    }
                }

                break;
        }

        return shape;
    }

    public static Deprecation? ReadDeprecation(JsonObject body, OwnerName owner, JsonFields fields)
    {
        if (!fields.Boolean(body, "deprecated", owner))
        {
            return null;
        }

        var message = fields.String(body, "deprecatedMessage", owner);
        return new Deprecation(string.IsNullOrWhiteSpace(message) ? "Deprecated by the service model." : message!);
    }

    private static TypeKind? KindOf(string type, JsonObject body, JsonFields fields, OwnerName owner) => type switch
    {
        "string" => body.TryGetProperty("enum", out _) ? TypeKind.Enum : TypeKind.String,
        "boolean" => TypeKind.Boolean,
        "byte" => TypeKind.Byte,
        "short" => TypeKind.Short,
        "integer" => TypeKind.Integer,
        "long" => TypeKind.Long,
        "float" => TypeKind.Float,
        "double" => TypeKind.Double,
        "bigdecimal" => TypeKind.BigDecimal,
        "biginteger" => TypeKind.BigInteger,
        "timestamp" => TypeKind.Timestamp,
        "blob" => TypeKind.Blob,
        "list" => TypeKind.List,
        "map" => TypeKind.Map,
        "structure" when fields.Boolean(body, "document", owner) => TypeKind.Document,
        "structure" when fields.Boolean(body, "union", owner) => TypeKind.Union,
        "structure" => TypeKind.Structure,
        _ => null,
    };

    private static ConstraintDefinition ReadConstraints(JsonObject body, OwnerName owner, JsonFields fields, TypeKind kind)
    {
        var constraints = new ConstraintDefinition();
        var isNumber = kind is TypeKind.Byte or TypeKind.Short or TypeKind.Integer or TypeKind.Long or TypeKind.Float
            or TypeKind.Double or TypeKind.BigDecimal or TypeKind.BigInteger;
        if (isNumber)
        {
            constraints.MinValue = fields.Number(body, "min", owner);
            constraints.MaxValue = fields.Number(body, "max", owner);
        }
        else if (kind is TypeKind.String or TypeKind.Blob or TypeKind.List or TypeKind.Map or TypeKind.Enum)
        {
            constraints.MinLength = fields.Integer(body, "min", owner);
            constraints.MaxLength = fields.Integer(body, "max", owner);
        }

        var pattern = fields.StringNode(body, "pattern", owner);
        if (pattern is not null && kind is TypeKind.String or TypeKind.Enum)
        {
            constraints.Pattern = pattern.Value;
            constraints.PatternLocation = fields.Locate(pattern);
        }

        return constraints;
    }

    private static ErrorSpec? ReadError(string name, JsonObject body, OwnerName owner, JsonFields fields)
    {
        var isException = fields.Boolean(body, "exception", owner);
        var error = fields.Object(body, "error", owner);
        if (!isException && error is null)
        {
            return null;
        }

        var code = error is null ? null : fields.String(error, "code", owner.Then(" error"));
        var status = error is null ? null : (int?)fields.Integer(error, "httpStatusCode", owner.Then(" error"));
        var senderFault = error is not null && fields.Boolean(error, "senderFault", owner.Then(" error"));
        var isFault = fields.Boolean(body, "fault", owner) || (!senderFault && status >= 500);
        var retryable = fields.Object(body, "retryable", owner);
        var throttling = retryable is not null && fields.Boolean(retryable, "throttling", owner.Then(" retryable"));
        return new ErrorSpec(code ?? name, status, isFault, retryable is not null, throttling);
    }

    private static ShapeReference? ReadTarget(JsonObject body, string field, OwnerName owner, JsonFields fields)
    {
        var target = fields.Object(body, field, owner, required: true);
        var shape = target is null ? null : fields.StringNode(target, "shape", owner.Then(" ", field), required: true);
        return shape is null ? null : new ShapeReference(shape.Value, fields.Locate(shape));
    }

    private static void ReadMembers(ShapeDefinition shape, JsonObject body, OwnerName owner, JsonFields fields)
    {
        var members = fields.Object(body, "members", owner);
        if (members is null)
        {
            return;
        }

        var required = fields.Array(body, "required", owner);
        var payload = fields.String(body, "payload", owner);
        foreach (var property in members.Properties)
        {
            var memberOwner = OwnerName.Member(property.Name, shape.Name);
            if (property.Value is not JsonObject memberBody)
            {
                fields.ReportWrongKind(owner, property.Name, "an object", property.Value.KindName, property.Value);
                continue;
            }

            var target = fields.StringNode(memberBody, "shape", memberOwner, required: true);
            if (target is null)
            {
                continue;
            }

            var member = new MemberDefinition(property.Name, new ShapeReference(target.Value, fields.Locate(target)), fields.LocateName(property))
            {
                Documentation = fields.String(memberBody, "documentation", memberOwner),
                Deprecation = ReadDeprecation(memberBody, memberOwner, fields),
                IsSensitive = fields.Boolean(memberBody, "sensitive", memberOwner),
                TimestampFormat = fields.String(memberBody, "timestampFormat", memberOwner),
                IsIdempotencyToken = fields.Boolean(memberBody, "idempotencyToken", memberOwner),
                IsJsonValue = fields.Boolean(memberBody, "jsonvalue", memberOwner),
                IsHostLabel = fields.Boolean(memberBody, "hostLabel", memberOwner),
                IsRequired = Contains(required, property.Name),
            };

            // botocore marks nullable primitives with "box"; an unboxed primitive has Smithy's zero default.
            if (fields.Boolean(memberBody, "box", memberOwner))
            {
                member.DefaultValue = "null";
            }

            var locationName = fields.String(memberBody, "locationName", memberOwner);
            ApplyLocation(member, fields.String(memberBody, "location", memberOwner), locationName, payload == property.Name);
            shape.Members.Add(member);
        }
    }

    private static void ApplyLocation(MemberDefinition member, string? location, string? locationName, bool isPayload)
    {
        member.BindingName = locationName ?? member.Name;
        switch (location)
        {
            case "uri":
                member.Binding = HttpBinding.Label;
                break;
            case "querystring":
                // A map bound to the query string (no locationName) spreads its entries as parameters;
                // the reader cannot see the target's kind here, so the builder of bindings decides.
                member.Binding = locationName is null ? HttpBinding.QueryParams : HttpBinding.Query;
                break;
            case "header":
                member.Binding = HttpBinding.Header;
                break;
            case "headers":
                member.Binding = HttpBinding.PrefixHeaders;
                member.BindingName = locationName ?? "";
                break;
            case "statusCode":
                member.Binding = HttpBinding.StatusCode;
                break;
            default:
                member.Binding = isPayload ? HttpBinding.Payload : HttpBinding.Body;
                member.JsonName = locationName;
                break;
        }
    }

    private static bool Contains(JsonArray? array, string name)
    {
        if (array is null)
        {
            return false;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonString s && string.Equals(s.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
