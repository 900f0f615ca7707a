using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeGen.Generator.Model;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>
/// Builds instances of generated types from a suite's <c>params</c> JSON, guided by the semantic model.
/// Test code only: the generated code under test uses no reflection.
/// </summary>
internal sealed class ValueBuilder(SpecTypes types)
{
    public object BuildStructure(StructureSpec structure, JsonObject? json)
    {
        var type = types.Type(structure.TypeName);
        var instance = Activator.CreateInstance(type)!;
        foreach (var member in structure.Members)
        {
            if (json is null || !json.TryGetPropertyValue(member.Name, out var node))
            {
                continue;
            }

            var property = type.GetProperty(member.PropertyName.TrimStart('@'))!;

            // A jsonvalue member is a string holding JSON text; the suites give the JSON value itself.
            var value = member.IsJsonValue && node is not null and not JsonValue ? node.ToJsonString() : Build(member.Type, node, property.PropertyType);
            property.SetValue(instance, value);
        }

        return instance;
    }

    public object? Build(TypeRef type, JsonNode? node, Type clrType)
    {
        if (node is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(clrType) ?? clrType;
        switch (type.Kind)
        {
            case TypeKind.String:
                return node.GetValue<string>();
            case TypeKind.Boolean:
                return node.GetValue<bool>();
            case TypeKind.Byte:
                return (sbyte)node.GetValue<long>();
            case TypeKind.Short:
                return (short)node.GetValue<long>();
            case TypeKind.Integer:
                return (int)node.GetValue<long>();
            case TypeKind.Long:
                return node.GetValue<long>();
            case TypeKind.Float:
                return (float)Number(node);
            case TypeKind.Double:
                return Number(node);
            case TypeKind.BigDecimal:
                return decimal.Parse(node.ToJsonString().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture);
            case TypeKind.BigInteger:
                return BigInteger.Parse(node.ToJsonString().Trim('"'), CultureInfo.InvariantCulture);
            case TypeKind.Timestamp:
                return DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(Number(node) * TimeSpan.TicksPerSecond));
            case TypeKind.Blob:
                return new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(node.GetValue<string>()));
            case TypeKind.Document:
                return JsonSerializer.SerializeToElement(node);
            case TypeKind.Enum:
                return Activator.CreateInstance(target, node.GetValue<string>());
            case TypeKind.IntEnum:
                return Activator.CreateInstance(target, (int)node.GetValue<long>());
            case TypeKind.Structure:
                return BuildStructure(types.Structure(type.TypeName!), node.AsObject());
            case TypeKind.Union:
                return BuildUnion(types.Union(type.TypeName!), node.AsObject());
            case TypeKind.List:
                return BuildList(type, node.AsArray(), target);
            case TypeKind.Map:
                return BuildMap(type, node.AsObject(), target);
            default:
                throw new NotSupportedException(type.Kind.ToString());
        }
    }

    private object BuildUnion(UnionSpec union, JsonObject json)
    {
        var unionType = types.Type(union.TypeName);
        foreach (var member in union.Members)
        {
            if (json.TryGetPropertyValue(member.Name, out var node))
            {
                var caseType = unionType.GetNestedType(member.PropertyName.TrimStart('@'))!;
                var valueType = caseType.GetProperty("Value")!.PropertyType;
                return Activator.CreateInstance(caseType, Build(member.Type, node, valueType))!;
            }
        }

        throw new InvalidOperationException("No known member of union " + union.TypeName + " in " + json.ToJsonString());
    }

    private object BuildList(TypeRef type, JsonArray array, Type target)
    {
        var elementType = target.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in array)
        {
            list.Add(Build(type.Element!, item, elementType));
        }

        return list;
    }

    private object BuildMap(TypeRef type, JsonObject json, Type target)
    {
        var valueType = target.GetGenericArguments()[1];
        var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (key, value) in json)
        {
            map[key] = Build(type.Value!, value, valueType);
        }

        return map;
    }

    public static double Number(JsonNode node)
    {
        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => double.Parse(text, CultureInfo.InvariantCulture),
            };
        }

        return node.GetValue<double>();
    }
}
