using System.Collections.Generic;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// Snapshots of FinSpace types read from the Smithy AST, checked against the same verified file as the
/// botocore-read ones: one file per type serves both formats, because the formats must generate the same
/// code. The only text that may differ is what the two model files themselves state differently; for
/// <c>UpdateUserRequest</c> that is the pattern of its strings (botocore <c>.*\S.*</c>, Smithy <c>\S</c>),
/// which the botocore output is compared with after swapping that one literal.
/// </summary>
public class FinSpaceSnapshotTests
{
    public static IEnumerable<object[]> TypeNames() =>
    [
        ["UpdateUserRequest"], ["UserType"], ["AccessDeniedException"], ["ConflictException"], ["InternalServerException"],
        ["ResourceNotFoundException"], ["ThrottlingException"], ["ValidationException"],
    ];

    private static readonly Dictionary<string, string> s_generated = new();

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void SmithyReadTypeMatchesItsSnapshot(string typeName) =>
        SnapshotFile.Verify(SnapshotName(typeName), Generated(ModelSpecs.FinSpaceSmithy, typeName));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void BotocoreReadTypeMatchesTheSameSnapshot(string typeName)
    {
        // The botocore revision writes the "not blank" pattern as .*\S.* where the Smithy AST writes \S.
        var text = Generated(ModelSpecs.FinSpaceBotocore, typeName).Replace("Regex(\".*\\\\S.*\"", "Regex(\"\\\\S\"");
        SnapshotFile.Verify(SnapshotName(typeName), text);
    }

    private static string SnapshotName(string typeName) => "FinSpace#Consumer.FinSpaceData." + typeName + ".g";

    private static string Generated(string model, string typeName)
    {
        lock (s_generated)
        {
            var key = model + "|" + typeName;
            if (!s_generated.TryGetValue(key, out var text))
            {
                var run = GeneratorHarness.Run([GeneratorHarness.Model(model)]);
                foreach (var pair in run.Sources)
                {
                    s_generated[model + "|" + pair.Key.Replace("Consumer.FinSpaceData.", "").Replace(".g.cs", "")] = pair.Value;
                }

                text = s_generated[key];
            }

            return text;
        }
    }
}
