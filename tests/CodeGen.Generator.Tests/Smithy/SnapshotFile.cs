using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// Compares generated text with a checked-in <c>Snapshots/&lt;name&gt;.verified.cs</c>, Verify's file
/// conventions: a mismatch fails with a unified diff and writes <c>&lt;name&gt;.received.cs</c> beside it.
/// Setting the environment variable <c>CODEGEN_ACCEPT_SNAPSHOTS=1</c> accepts: the received text becomes
/// the verified file (and stale received files are deleted).
/// </summary>
internal static class SnapshotFile
{
    public const string AcceptVariable = "CODEGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerPath)!)!, "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No verified snapshot {verifiedPath}; wrote {receivedPath}. Set {AcceptVariable}=1 to accept it."
            : $"Snapshot {name} differs (wrote {receivedPath}; set {AcceptVariable}=1 to accept):\n{UnifiedDiff(expected, actual)}");
    }

    /// <summary>A unified diff with three lines of context around each change.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select((l, i) => (l, i)).Where(p => p.l.Type != ChangeType.Unchanged).Select(p => p.i).ToList();
        var builder = new StringBuilder();
        builder.AppendLine("--- verified");
        builder.AppendLine("+++ received");
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!changed.Any(c => Math.Abs(c - i) <= 3))
            {
                continue;
            }

            if (lastPrinted >= 0 && i > lastPrinted + 1)
            {
                builder.AppendLine("@@");
            }

            var prefix = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
            builder.AppendLine(prefix + lines[i].Text);
            lastPrinted = i;
        }

        return builder.ToString();
    }
}
