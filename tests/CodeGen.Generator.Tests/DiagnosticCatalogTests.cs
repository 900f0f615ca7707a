using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CodeGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Every descriptor is documented in docs/diagnostics.md under the anchor its help link names, and listed
/// in the analyzer release files (Mapperly's new-diagnostic checklist, checked).
/// </summary>
public class DiagnosticCatalogTests
{
    public static TheoryData<string> DescriptorIds => new(Descriptors().Select(d => d.Id));

    [Fact]
    public void IdsAreUniqueAndFollowTheCGPattern()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^CG[0-9]{4}$", id));
        Assert.All(Descriptors(), d => Assert.Equal("CodeGen", d.Category));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void DescriptorIsDocumentedUnderTheAnchorItsHelpLinkNames(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md"));

        Assert.EndsWith("/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        // "## CG0001" is the heading GitHub turns into the #cg0001 anchor.
        var section = Section(docs, id);
        Assert.Contains("**" + descriptor.Title + "** (" + descriptor.DefaultSeverity.ToString().ToLowerInvariant() + ")", section);
        Assert.Contains("**Fix:**", section);
        Assert.Contains("```text", section);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {descriptor.DefaultSeverity} | {descriptor.Title} |", docs);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void DescriptorIsListedInTheAnalyzerReleaseFiles(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var releases = File.ReadAllText(Path.Combine(RepoRoot(), "generator", "Diagnostics", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(RepoRoot(), "generator", "Diagnostics", "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases);
    }

    [Fact]
    public void DocsHaveNoSectionForAnIdThatDoesNotExist()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        var documented = Regex.Matches(docs, "^## (CG[0-9]{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Descriptors().Select(d => d.Id).OrderBy(i => i), documented.OrderBy(i => i));
    }

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    private static string Section(string docs, string id)
    {
        var match = Regex.Match(docs, "^## " + id + "$(.*?)(?=^## |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, "docs/diagnostics.md has no '## " + id + "' section");
        return match.Groups[1].Value;
    }

    private static string RepoRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
