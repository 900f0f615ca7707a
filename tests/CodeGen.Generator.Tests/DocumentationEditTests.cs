using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// A documentation-only model edit re-emits only the files whose text it changes: every generated
/// file that does not print the edited documentation stays cached through the emit step.
/// </summary>
public class DocumentationEditTests
{
    public static IEnumerable<object[]> Models() =>
    [
        ["specs/finspace-data/service-2.json"],
        ["TestData/models/botocore/kinesis/2013-12-02/service-2.json"],
    ];

    [Theory]
    [MemberData(nameof(Models))]
    public void EditingEveryDocumentationReEmitsOnlyTheFilesItChanges(string model)
    {
        var path = "/models/" + model;
        var text = File.ReadAllText(GeneratorHarness.TestDataPath(model.Split('/')));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class Widget { } }");
        var driver = GeneratorHarness.CreateDriver([new ModelFileInput(path, text, "ServiceModel", null)], "Consumer", out var texts)
            .RunGenerators(compilation);
        var before = Sources(driver.GetRunResult().Results.Single());

        var edited = EditDocumentation(text, out var edits);
        Assert.True(edits > 10, "The model has too little documentation to test: " + edits);
        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(path, edited));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var after = Sources(result);

        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        var changed = after.Where(pair => pair.Value != before[pair.Key]).Select(pair => pair.Key).OrderBy(k => k).ToList();
        var emitted = result.TrackedSteps[StepNames.Emit].SelectMany(s => s.Outputs).ToList();
        var reEmitted = emitted.Where(o => o.Reason != IncrementalStepRunReason.Cached).Select(o => ((GeneratedSource)o.Value).HintName).OrderBy(k => k).ToList();

        Assert.NotEmpty(changed);
        // Every file whose unit changed has new text, and every file with new text was emitted again.
        Assert.True(changed.SequenceEqual(reEmitted),
            "Emitted again with the same text: " + string.Join(", ", reEmitted.Except(changed)) +
            "\nChanged but not emitted again: " + string.Join(", ", changed.Except(reEmitted)));
        Assert.True(reEmitted.Count < emitted.Count, "Every file was emitted again");
    }

    /// <summary>Appends a sentence to every documentation string of the model, wherever it is.</summary>
    private static string EditDocumentation(string json, out int edits)
    {
        var root = JsonNode.Parse(json)!;
        var count = 0;
        Visit(root);
        edits = count;
        return root.ToJsonString();

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        if (name == "documentation" && value is JsonValue doc && doc.TryGetValue<string>(out var s))
                        {
                            obj[name] = s + "<p>Edited.</p>";
                            count++;
                        }
                        else
                        {
                            Visit(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Visit(item);
                    }

                    break;
            }
        }
    }

    private static Dictionary<string, string> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
