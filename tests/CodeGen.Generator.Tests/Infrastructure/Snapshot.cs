using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Renderer;
using Xunit.Sdk;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions (Verify itself is not available here): each text is
/// compared with a checked-in <c>Snapshots/&lt;name&gt;.verified.cs</c> beside the calling test file.
/// </summary>
/// <remarks>
/// On a mismatch, or when the verified file is missing, the test fails with a unified diff and the
/// actual text is written to <c>&lt;name&gt;.received.cs</c> beside it (git ignores received files).
/// To accept the received output, run the tests with <c>CODEGEN_ACCEPT_SNAPSHOTS=1</c>: verified files
/// are rewritten, received files deleted, and <see cref="VerifyFileSet"/> deletes stale verified files.
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that, set to <c>1</c> or <c>true</c>, accepts received snapshots.</summary>
    public const string AcceptVariable = "CODEGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Whether this run accepts received output instead of failing.</summary>
    public static bool AcceptMode =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True" or "TRUE";

    /// <summary>
    /// Compares <paramref name="text"/> with <c>Snapshots/<paramref name="name"/>.verified.cs</c> in the directory of
    /// the calling source file. By convention <paramref name="name"/> is <c>&lt;Class&gt;.&lt;Method&gt;#&lt;HintName without .cs&gt;</c>.
    /// </summary>
    public static void Verify(string name, string text, [CallerFilePath] string callerFilePath = "") =>
        For(callerFilePath).Verify(name, text);

    /// <summary>
    /// Asserts that the verified files starting with <paramref name="prefix"/> are exactly <paramref name="names"/>,
    /// so no stale snapshot stays checked in. In accept mode, stale files are deleted instead.
    /// </summary>
    public static void VerifyFileSet(string prefix, IEnumerable<string> names, [CallerFilePath] string callerFilePath = "") =>
        For(callerFilePath).VerifyFileSet(prefix, names);

    /// <summary>
    /// Replaces the generator version in <c>[GeneratedCode("CodeGen.Generator", "...")]</c> with <c>%VERSION%</c>
    /// (the System.Text.Json generator's baseline placeholder), so a release does not rewrite every snapshot.
    /// </summary>
    public static string ScrubGeneratorVersion(string text) => s_generatorVersion.Replace(text, "${1}%VERSION%${2}");

    private static readonly Regex s_generatorVersion = new("(GeneratedCodeAttribute\\(\"CodeGen\\.Generator\", \")[^\"]*(\"\\))");

    /// <summary>The verifier for the <c>Snapshots</c> folder beside <paramref name="callerFilePath"/>.</summary>
    public static SnapshotDirectory For(string callerFilePath)
    {
        if (string.IsNullOrEmpty(callerFilePath) || !File.Exists(callerFilePath))
        {
            throw new InvalidOperationException(
                "Snapshot tests need the test's source file ([CallerFilePath] gave '" + callerFilePath + "'); run them from a source checkout.");
        }

        return new SnapshotDirectory(Path.Combine(Path.GetDirectoryName(callerFilePath)!, "Snapshots"), AcceptMode);
    }
}

/// <summary>One folder of snapshot files, and whether this run accepts received output.</summary>
public sealed class SnapshotDirectory
{
    public const string VerifiedSuffix = ".verified.cs";
    public const string ReceivedSuffix = ".received.cs";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SnapshotDirectory(string path, bool accept)
    {
        Path = path;
        Accept = accept;
    }

    public string Path { get; }

    public bool Accept { get; }

    public string VerifiedPath(string name) => System.IO.Path.Combine(Path, name + VerifiedSuffix);

    public string ReceivedPath(string name) => System.IO.Path.Combine(Path, name + ReceivedSuffix);

    public void Verify(string name, string text)
    {
        var verifiedPath = VerifiedPath(name);
        var receivedPath = ReceivedPath(name);
        var received = Normalize(text);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            DeleteIfExists(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path);
        if (Accept)
        {
            File.WriteAllText(verifiedPath, received, s_utf8);
            DeleteIfExists(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, s_utf8);
        var accept = "To accept the received output, run the tests with " + Snapshot.AcceptVariable + "=1 (see tests/README.md).";
        if (verified is null)
        {
            throw new XunitException(
                "No verified snapshot " + verifiedPath + ".\nThe output was written to " + receivedPath + ". " + accept);
        }

        var diff = UnidiffRenderer.GenerateUnidiff(
            verified, received, System.IO.Path.GetFileName(verifiedPath), System.IO.Path.GetFileName(receivedPath),
            ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        throw new XunitException(
            "Snapshot " + name + " does not match " + verifiedPath + ".\nReceived output written to " + receivedPath + ". " + accept
            + "\n\n" + diff);
    }

    public void VerifyFileSet(string prefix, IEnumerable<string> names)
    {
        var expected = new HashSet<string>(names, StringComparer.Ordinal);
        var present = Directory.Exists(Path)
            ? Directory.GetFiles(Path, prefix + "*" + VerifiedSuffix)
                .Select(f => System.IO.Path.GetFileName(f))
                .Select(f => f.Substring(0, f.Length - VerifiedSuffix.Length))
                .ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

        var stale = present.Where(n => !expected.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var missing = expected.Where(n => !present.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (Accept)
        {
            // Missing files are written by the Verify calls themselves; stale ones go, with any received leftovers.
            foreach (var name in stale)
            {
                File.Delete(VerifiedPath(name));
            }

            foreach (var received in Directory.Exists(Path) ? Directory.GetFiles(Path, prefix + "*" + ReceivedSuffix) : [])
            {
                File.Delete(received);
            }

            stale.Clear();
            missing.Clear();
        }

        if (stale.Count > 0 || missing.Count > 0)
        {
            var message = new StringBuilder("The verified snapshots in " + Path + " starting with '" + prefix + "' differ from those the tests produce.");
            foreach (var name in stale)
            {
                message.Append("\n  stale (no test produces it): ").Append(name).Append(VerifiedSuffix);
            }

            foreach (var name in missing)
            {
                message.Append("\n  missing: ").Append(name).Append(VerifiedSuffix);
            }

            message.Append("\nRun the tests with ").Append(Snapshot.AcceptVariable).Append("=1 to accept the produced set.");
            throw new XunitException(message.ToString());
        }
    }

    /// <summary>Snapshots compare with \n line endings whatever the checkout or platform uses.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
