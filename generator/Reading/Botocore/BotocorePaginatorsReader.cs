using System;
using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>
/// Reads a botocore <c>paginators-1.json</c> and attaches each paginator to its operation, as written:
/// tokens, result keys and <c>non_aggregate_keys</c> may be a string or a list. Whether a paginator fits the
/// operation's shapes is decided (and reported) when it is resolved.
/// </summary>
internal static class BotocorePaginatorsReader
{
    public static void Apply(JsonObject root, ServiceDefinition service, JsonFields fields)
    {
        var pagination = fields.Object(root, "pagination", "the paginators file");
        if (pagination is null)
        {
            return;
        }

        var operations = new Dictionary<string, OperationDefinition>(StringComparer.Ordinal);
        foreach (var operation in service.Operations)
        {
            operations[operation.Name] = operation;
        }

        foreach (var property in pagination.Properties)
        {
            if (property.Value is not JsonObject body || !operations.TryGetValue(property.Name, out var operation))
            {
                continue;
            }

            var owner = $"paginator '{property.Name}'";
            operation.Paginator = new PaginatorSpec(
                Strings(body, "input_token", owner, fields),
                Strings(body, "output_token", owner, fields),
                fields.String(body, "limit_key", owner),
                Strings(body, "result_key", owner, fields),
                fields.String(body, "more_results", owner),
                Strings(body, "non_aggregate_keys", owner, fields),
                fields.LocateName(property));
        }
    }

    /// <summary>A field that is a string or a list of strings, as a list.</summary>
    private static EquatableArray<string> Strings(JsonObject body, string field, string owner, JsonFields fields)
    {
        if (!body.TryGetProperty(field, out var property))
        {
            return EquatableArray<string>.Empty;
        }

        var value = property.Value;
        switch (value)
        {
            case JsonString text:
                return new EquatableArray<string>(new[] { text.Value });
            case JsonArray array:
                var items = new List<string>();
                foreach (var item in array.Items)
                {
                    if (item is JsonString s)
                    {
                        items.Add(s.Value);
                    }
                    else
                    {
                        fields.ReportWrongKind(owner, field, "a string or a list of strings", "a list holding " + item.KindName, item);
                    }
                }

                return items.ToEquatableArray();
            default:
                fields.ReportWrongKind(owner, field, "a string or a list of strings", value.KindName, value);
                return EquatableArray<string>.Empty;
        }
    }
}
