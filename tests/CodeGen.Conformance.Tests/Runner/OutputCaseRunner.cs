using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CodeGen.Conformance.Tests.Suites;
using CodeGen.Generator.Model;
using CodeGen.Runtime;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>
/// Runs an output case: feeds the canned <c>response</c> through the real generated client and
/// compares the parsed result, or the error's type, code and members.
/// </summary>
internal static class OutputCaseRunner
{
    public static async Task<IReadOnlyList<string>> RunAsync(SuiteCase testCase, SpecTypes types)
    {
        var operation = types.Operation(SuiteModel.OperationName(testCase.Suite, testCase.Index));
        var response = testCase.Case["response"]!.AsObject();
        var headers = (response["headers"]?.AsObject() ?? new JsonObject())
            .Select(h => new KeyValuePair<string, string>(h.Key, h.Value!.GetValue<string>())).ToList();
        var body = Encoding.UTF8.GetBytes(response["body"]?.GetValue<string>() ?? "");
        var handler = new CapturingHandler(response["status_code"]!.GetValue<int>(), headers, body);
        var request = operation.Input is null ? null : MinimalRequest(types, types.Structure(operation.Input.TypeName));

        var expectsError = testCase.Case.ContainsKey("errorCode") || testCase.Case.ContainsKey("error");
        object? result;
        try
        {
            result = await ClientInvoker.InvokeAsync(types, operation, request, handler, "https://example.com");
        }
        catch (ServiceException ex) when (expectsError)
        {
            return CompareError(testCase.Case, types, ex);
        }
        catch (Exception ex)
        {
            return [$"the call failed: {ex.GetType().Name}: {ex.Message}"];
        }

        if (expectsError)
        {
            return ["expected error " + testCase.Case["errorCode"] + ", but the call succeeded"];
        }

        if (operation.Output is null || result is null)
        {
            return [];
        }

        var comparer = new ValueComparer(types);
        comparer.CompareStructure(types.Structure(operation.Output.TypeName), result, testCase.Case["result"]?.AsObject() ?? new JsonObject(), "result");
        return comparer.Differences;
    }

    private static IReadOnlyList<string> CompareError(JsonObject testCase, SpecTypes types, ServiceException ex)
    {
        var differences = new List<string>();
        var code = testCase["errorCode"]?.GetValue<string>();
        if (code is not null && ex.ErrorCode != code)
        {
            differences.Add($"error code: expected {code}, got {ex.ErrorCode ?? "(none)"}");
        }

        var error = types.Spec.Structures.FirstOrDefault(s => s.Error is not null && (s.Error.Code == code || s.ShapeName == code));
        if (error is not null && ex.GetType().Name != error.TypeName)
        {
            differences.Add($"exception type: expected {error.TypeName}, got {ex.GetType().Name}");
        }

        if (testCase["errorMessage"]?.GetValue<string>() is { } message && ex.ErrorMessage != message)
        {
            differences.Add($"error message: expected '{message}', got '{ex.ErrorMessage}'");
        }

        var expected = testCase["error"]?.AsObject() ?? new JsonObject();
        if (error is null)
        {
            return differences;
        }

        // The modelled message is the exception's own message; the other members are properties.
        var expectedMembers = new JsonObject();
        foreach (var (key, value) in expected)
        {
            var member = error.Members.FirstOrDefault(m => m.Name == key);
            if (member is not null && member.Type.Kind == TypeKind.String && key.Equals("message", StringComparison.OrdinalIgnoreCase))
            {
                if (ex.ErrorMessage != value?.GetValue<string>())
                {
                    differences.Add($"error.{key}: expected '{value}', got '{ex.ErrorMessage}'");
                }

                continue;
            }

            expectedMembers[key] = value?.DeepClone();
        }

        var comparer = new ValueComparer(types);
        comparer.CompareStructure(error, ex, expectedMembers, "error", m => !m.Name.Equals("message", StringComparison.OrdinalIgnoreCase) || m.Type.Kind != TypeKind.String);
        differences.AddRange(comparer.Differences);
        return differences;
    }

    /// <summary>A request with every required member and URI label set, so the call reaches the handler.</summary>
    private static object MinimalRequest(SpecTypes types, StructureSpec input)
    {
        var json = new JsonObject();
        foreach (var member in input.Members.Where(m => m.IsRequired || m.Binding == HttpBinding.Label))
        {
            json[member.Name] = member.Type.Kind switch
            {
                TypeKind.String or TypeKind.Enum or TypeKind.Blob => "x",
                TypeKind.Boolean => true,
                TypeKind.List => new JsonArray(),
                TypeKind.Map or TypeKind.Structure => new JsonObject(),
                _ => 1,
            };
        }

        return new ValueBuilder(types).BuildStructure(input, json);
    }
}
