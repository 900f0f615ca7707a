using System;
using System.IO;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace CodeGen.Generator.Tests;

/// <summary>The snapshot helper itself, in a temporary folder: what fails, what it writes, what accepting does.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "codegen-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void MatchingTextPassesAndRemovesAStaleReceivedFile()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: false);
        Write(snapshots.VerifiedPath("Same"), "line 1\nline 2\n");
        Write(snapshots.ReceivedPath("Same"), "left over from an earlier failure\n");

        snapshots.Verify("Same", "line 1\r\nline 2\r\n");

        Assert.False(File.Exists(snapshots.ReceivedPath("Same")));
    }

    [Fact]
    public void MismatchFailsWithAUnifiedDiffAndWritesTheReceivedFile()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: false);
        Write(snapshots.VerifiedPath("Changed"), "namespace A\n{\n    class Old { }\n}\n");
        var received = "namespace A\n{\n    class New { }\n}\n";

        var failure = Assert.Throws<XunitException>(() => snapshots.Verify("Changed", received));

        Assert.Contains("--- Changed.verified.cs", failure.Message);
        Assert.Contains("+++ Changed.received.cs", failure.Message);
        Assert.Contains("\n-    class Old { }", failure.Message);
        Assert.Contains("\n+    class New { }", failure.Message);
        Assert.Contains(Snapshot.AcceptVariable + "=1", failure.Message);
        Assert.Equal(received, File.ReadAllText(snapshots.ReceivedPath("Changed")));
        Assert.Equal("namespace A\n{\n    class Old { }\n}\n", File.ReadAllText(snapshots.VerifiedPath("Changed")));
    }

    [Fact]
    public void MissingVerifiedFileFailsAndWritesTheReceivedFile()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: false);

        var failure = Assert.Throws<XunitException>(() => snapshots.Verify("New", "text\n"));

        Assert.Contains("No verified snapshot", failure.Message);
        Assert.Equal("text\n", File.ReadAllText(snapshots.ReceivedPath("New")));
        Assert.False(File.Exists(snapshots.VerifiedPath("New")));
    }

    [Fact]
    public void AcceptModeWritesTheVerifiedFileAndDeletesTheReceivedOne()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: true);
        Write(snapshots.VerifiedPath("Changed"), "old\n");
        Write(snapshots.ReceivedPath("Changed"), "old received\n");

        snapshots.Verify("Changed", "new\n");
        snapshots.Verify("Created", "created\n");

        Assert.Equal("new\n", File.ReadAllText(snapshots.VerifiedPath("Changed")));
        Assert.Equal("created\n", File.ReadAllText(snapshots.VerifiedPath("Created")));
        Assert.False(File.Exists(snapshots.ReceivedPath("Changed")));
        Assert.False(File.Exists(snapshots.ReceivedPath("Created")));
    }

    [Fact]
    public void FileSetFailsOnStaleAndMissingSnapshots()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: false);
        Write(snapshots.VerifiedPath("Tests.Method#Kept"), "x\n");
        Write(snapshots.VerifiedPath("Tests.Method#Stale"), "x\n");
        Write(snapshots.VerifiedPath("OtherTests.Method#Unrelated"), "x\n");

        var failure = Assert.Throws<XunitException>(() => snapshots.VerifyFileSet("Tests.", ["Tests.Method#Kept", "Tests.Method#Missing"]));

        Assert.Contains("stale (no test produces it): Tests.Method#Stale.verified.cs", failure.Message);
        Assert.Contains("missing: Tests.Method#Missing.verified.cs", failure.Message);
        Assert.DoesNotContain("Unrelated", failure.Message);
    }

    [Fact]
    public void FileSetPassesWhenTheSnapshotsMatchExactly()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: false);
        Write(snapshots.VerifiedPath("Tests.Method#A"), "x\n");
        Write(snapshots.VerifiedPath("Tests.Method#B"), "x\n");

        snapshots.VerifyFileSet("Tests.", ["Tests.Method#A", "Tests.Method#B"]);
    }

    [Fact]
    public void AcceptModeDeletesStaleSnapshotsAndReceivedFiles()
    {
        var snapshots = new SnapshotDirectory(_directory, accept: true);
        Write(snapshots.VerifiedPath("Tests.Method#Kept"), "x\n");
        Write(snapshots.VerifiedPath("Tests.Method#Stale"), "x\n");
        Write(snapshots.ReceivedPath("Tests.Method#Stale"), "x\n");
        Write(snapshots.VerifiedPath("OtherTests.Method#Unrelated"), "x\n");

        snapshots.VerifyFileSet("Tests.", ["Tests.Method#Kept"]);

        Assert.True(File.Exists(snapshots.VerifiedPath("Tests.Method#Kept")));
        Assert.False(File.Exists(snapshots.VerifiedPath("Tests.Method#Stale")));
        Assert.False(File.Exists(snapshots.ReceivedPath("Tests.Method#Stale")));
        Assert.True(File.Exists(snapshots.VerifiedPath("OtherTests.Method#Unrelated")));
    }

    [Fact]
    public void GeneratorVersionIsReplacedWithAPlaceholder()
    {
        var text = "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"CodeGen.Generator\", \"1.2.3-beta.4\")]\n[Other(\"CodeGen.Generator\", \"1.2.3\")]";

        Assert.Equal(
            "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"CodeGen.Generator\", \"%VERSION%\")]\n[Other(\"CodeGen.Generator\", \"1.2.3\")]",
            Snapshot.ScrubGeneratorVersion(text));
    }

    [Fact]
    public void SnapshotsLiveBesideTheCallingTestFile()
    {
        var snapshots = Snapshot.For(ThisFile());

        Assert.Equal(Path.Combine(Path.GetDirectoryName(ThisFile())!, "Snapshots"), snapshots.Path);
        Assert.True(File.Exists(Path.Combine(snapshots.Path, "..", nameof(SnapshotHelperTests) + ".cs")));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
