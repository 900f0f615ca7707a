using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// FinSpace types read from the Smithy AST, checked against the very verified files the botocore-read
/// types are checked against (<see cref="Tests.FinSpaceSnapshotTests"/>): one file per type serves both
/// formats, because both must generate the same code. The only text that may differ is what the two
/// model files themselves state differently; for <c>UpdateUserRequest</c> that is the "not blank"
/// pattern (botocore <c>.*\S.*</c>, Smithy <c>\S</c>), swapped back before comparing.
/// </summary>
public class FinSpaceSnapshotTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(() => GeneratorHarness.Run(
        [GeneratorHarness.Model(ModelSpecs.FinSpaceSmithy, new Dictionary<string, string> { ["Namespace"] = FinSpaceGeneration.Namespace })]));

    public static TheoryData<string> TypeNames => new(
        "UpdateUserRequest", "UserType", "AccessDeniedException", "ConflictException", "InternalServerException",
        "ResourceNotFoundException", "ThrottlingException", "ValidationException");

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void SmithyReadTypeMatchesTheBotocoreSnapshot(string typeName)
    {
        Assert.Empty(s_run.Value.GeneratorDiagnostics);
        var hintName = FinSpaceGeneration.HintName(typeName);
        Assert.True(s_run.Value.Sources.TryGetValue(hintName, out var text), "The generator produced no " + hintName);

        var comparable = Snapshot.ScrubGeneratorVersion(text!).Replace("Regex(\"\\\\S\"", "Regex(\".*\\\\S.*\"");
        Snapshot.Verify(Tests.FinSpaceSnapshotTests.SnapshotName(typeName), comparable, BotocoreSnapshotTestFile());
    }

    /// <summary>The botocore snapshot test's source file, whose Snapshots folder holds the shared files.</summary>
    private static string BotocoreSnapshotTestFile([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "FinSpaceSnapshotTests.cs");
}
