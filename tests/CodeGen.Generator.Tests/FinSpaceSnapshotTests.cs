using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The generated FinSpace Data types of the UpdateUser operation, compared with checked-in snapshots in
/// <c>Snapshots/</c>. Run with <c>CODEGEN_ACCEPT_SNAPSHOTS=1</c> to accept changed output (tests/README.md).
/// </summary>
public class FinSpaceSnapshotTests
{
    /// <summary>
    /// The types under snapshot: UpdateUser's request, response, enums and errors, and the service's base
    /// exception. Public so a reader of another model format can snapshot the same set.
    /// </summary>
    public static readonly string[] SnapshotTypeNames =
    [
        "UpdateUserRequest",
        "UpdateUserResponse",
        "UserType",
        "ApiAccess",
        "AccessDeniedException",
        "ConflictException",
        "InternalServerException",
        "LimitExceededException",
        "ResourceNotFoundException",
        "ThrottlingException",
        "ValidationException",
        "FinSpaceDataException",
    ];

    public static TheoryData<string> SnapshotTypes => new(SnapshotTypeNames);

    [Theory]
    [MemberData(nameof(SnapshotTypes))]
    public void GeneratedTypeMatchesItsVerifiedSnapshot(string typeName)
    {
        var run = FinSpaceGeneration.Run;
        Assert.Empty(run.GeneratorDiagnostics);
        var hintName = FinSpaceGeneration.HintName(typeName);
        Assert.True(run.Sources.TryGetValue(hintName, out var text), "The generator produced no " + hintName);

        Snapshot.Verify(SnapshotName(typeName), Snapshot.ScrubGeneratorVersion(text!));
    }

    [Fact]
    public void CheckedInSnapshotsAreExactlyTheOnesTheTestsProduce()
    {
        Snapshot.VerifyFileSet(
            nameof(FinSpaceSnapshotTests) + ".",
            SnapshotTypeNames.Select(SnapshotName));
    }

    /// <summary>Verify's naming, as Mapperly uses it: <c>&lt;Class&gt;.&lt;Method&gt;#&lt;HintName without .cs&gt;</c>.</summary>
    public static string SnapshotName(string typeName)
    {
        var hintName = FinSpaceGeneration.HintName(typeName);
        return nameof(FinSpaceSnapshotTests) + "." + nameof(GeneratedTypeMatchesItsVerifiedSnapshot) + "#" + hintName[..^".cs".Length];
    }
}
