using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>Reads a botocore <c>paginators-1.json</c> and attaches each paginator to its operation.</summary>
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
            // Paginators with several tokens (a few legacy services) are left to manual paging.
            var inputToken = (body["input_token"] as JsonString)?.Value;
            var outputToken = (body["output_token"] as JsonString)?.Value;
            if (inputToken is null || outputToken is null)
            {
                continue;
            }

            // Several result keys aggregate extra counters (DynamoDB's Query: Items, Count, ScannedCount); the first is the items.
            var items = body["result_key"] as JsonString ?? (body["result_key"] as JsonArray)?.Items.FirstOrDefault() as JsonString;
            operation.Paginator = new PaginatorSpec(inputToken, outputToken, fields.String(body, "limit_key", owner), items?.Value);
        }
    }
}
