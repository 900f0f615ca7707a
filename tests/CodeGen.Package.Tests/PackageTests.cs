using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace CodeGen.Package.Tests;

/// <summary>
/// The packages as users get them: their layout, and a fresh project that references only the two
/// packages and a ServiceModel item, built with warnings as errors and run.
/// </summary>
public class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _fixture;

    public PackageTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void ConsumerProjectReferencingOnlyThePackagesBuildsWithWarningsAsErrors()
    {
        Assert.True(_fixture.Build.Succeeded, _fixture.Build.ToString());
        Assert.Contains("0 Warning(s)", _fixture.Build.Output);
    }

    [Fact]
    public void ConsumerProgramUsesTheGeneratedTypesAndTheirValidation()
    {
        Assert.True(_fixture.Run.Succeeded, _fixture.Build + "\n" + _fixture.Run);

        // UserId " " breaks UserId's pattern .*\S.*; FirstName "" breaks its length (1-50) and the same pattern.
        Assert.Equal(
            [
                "valid: 0",
                "invalid: 3",
                "violation: UserId Pattern",
                "violation: FirstName Length",
                "violation: FirstName Pattern",
                "enum: NEW_KIND known=False",
                "smithy: 1 2", // UserId " " breaks the Smithy model's \S pattern; the interface declares UpdateUserAsync and GetUserAsync only
            ],
            DotnetCli.Lines(_fixture.Run.Output));
    }

    [Fact]
    public void GeneratedFilesAreVisibleWithStableHintNames()
    {
        Assert.True(_fixture.Build.Succeeded, _fixture.Build.ToString());
        var generated = Directory.GetFiles(Path.Combine(_fixture.AppDirectory, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/generated/CodeGen.Generator/CodeGen.Generator.ServiceModelGenerator/", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Contains(PackageFixture.ConsumerNamespace + ".FinSpaceData.UpdateUserRequest.g.cs", generated);
        Assert.Contains(PackageFixture.ConsumerNamespace + ".FinSpaceData.UserType.g.cs", generated);
        Assert.Contains(PackageFixture.ConsumerNamespace + ".FinSpaceData.FinSpaceDataException.g.cs", generated);
    }

    [Fact]
    public void GeneratorPackageCarriesTheAnalyzerAndItsMSBuildFilesButNoLibraryAssets()
    {
        using var package = ZipFile.OpenRead(_fixture.GeneratorPackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/CodeGen.Generator.dll", entries);
        Assert.Contains("buildTransitive/CodeGen.Generator.props", entries);
        Assert.Contains("buildTransitive/CodeGen.Generator.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));

        // The package ships the very props/targets the in-repo consumers import.
        foreach (var file in new[] { "CodeGen.Generator.props", "CodeGen.Generator.targets" })
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(_fixture.RepoRoot, "generator", "build", file)),
                Read(package, "buildTransitive/" + file));
        }

        var nuspec = Nuspec(package);
        Assert.Equal("CodeGen.Generator", Metadata(nuspec, "id"));
        Assert.Equal(_fixture.Version, Metadata(nuspec, "version"));
        Assert.Equal("true", Metadata(nuspec, "developmentDependency"));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void GeneratorPackageShipsEveryAssemblyTheGeneratorNeedsThatTheCompilerDoesNotProvide()
    {
        using var package = ZipFile.OpenRead(_fixture.GeneratorPackage);
        var packed = AnalyzerAssemblies(package);
        var compilerProvided = CompilerProvidedAssemblies();

        Assert.Contains("CodeGen.Generator", packed.Keys);
        Assert.Contains("System.Text.Json", packed.Keys);

        // Every reference of every packed assembly resolves to the package or to the compiler itself.
        var unresolved = packed
            .SelectMany(pair => pair.Value.Select(reference => (Assembly: pair.Key, Reference: reference)))
            .Where(r => !packed.ContainsKey(r.Reference) && !compilerProvided.Contains(r.Reference))
            .Select(r => r.Assembly + " -> " + r.Reference)
            .ToList();
        Assert.True(unresolved.Count == 0, "Missing from analyzers/dotnet/cs:\n" + string.Join("\n", unresolved));

        // And nothing the compiler already loads is shipped a second time.
        var duplicated = packed.Keys.Where(compilerProvided.Contains).ToList();
        Assert.True(duplicated.Count == 0, "Shipped although the compiler provides them: " + string.Join(", ", duplicated));
    }

    [Fact]
    public void RuntimePackageIsCodeGenRuntimeWithItsLibraryAndDocs()
    {
        using var package = ZipFile.OpenRead(_fixture.RuntimePackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net8.0/CodeGen.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/CodeGen.Runtime.xml", entries);
        var nuspec = Nuspec(package);
        Assert.Equal("CodeGen.Runtime", Metadata(nuspec, "id"));
        Assert.Equal(_fixture.Version, Metadata(nuspec, "version"));
    }

    [Fact]
    public void RuntimePackageDependsOnNothingAndKeepsItsGeneratedSsoClientsInternal()
    {
        using var package = ZipFile.OpenRead(_fixture.RuntimePackage);

        // The generator is a build-time tool of the runtime, not a dependency of its package.
        Assert.DoesNotContain(Nuspec(package).Descendants(), e => e.Name.LocalName == "dependency");

        using var stream = new MemoryStream();
        using (var source = package.GetEntry("lib/net8.0/CodeGen.Runtime.dll")!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h))
            .Select(t => (Namespace: metadata.GetString(t.Namespace), Name: metadata.GetString(t.Name), Visibility: t.Attributes & System.Reflection.TypeAttributes.VisibilityMask))
            .ToList();
        Assert.Contains(types, t => t is { Namespace: "CodeGen.Runtime.Internal.Sso", Name: "SsoClient" });
        Assert.Contains(types, t => t is { Namespace: "CodeGen.Runtime.Internal.SsoOidc", Name: "SsoOidcClient" });
        var leaked = types.Where(t => t.Namespace.StartsWith("CodeGen.Runtime.Internal", StringComparison.Ordinal) && t.Visibility == System.Reflection.TypeAttributes.Public)
            .Select(t => t.Namespace + "." + t.Name).ToList();
        Assert.True(leaked.Count == 0, "Generated types the runtime package makes public: " + string.Join(", ", leaked));
        Assert.Contains(types, t => t is { Namespace: "CodeGen.Runtime.Auth", Name: "DefaultCredentialsProvider", Visibility: System.Reflection.TypeAttributes.Public });
    }

    /// <summary>Assembly name to referenced assembly names, for each dll under analyzers/dotnet/cs.</summary>
    private static Dictionary<string, List<string>> AnalyzerAssemblies(ZipArchive package)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var name = metadata.GetString(metadata.GetAssemblyDefinition().Name);
            result[name] = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        }

        return result;
    }

    /// <summary>
    /// What the compiler hosting an analyzer loads itself: the framework facade, Roslyn, and Roslyn's own
    /// netstandard2.0 dependencies as listed in the Microsoft.CodeAnalysis.Common nuspec of the version the
    /// generator builds against.
    /// </summary>
    private HashSet<string> CompilerProvidedAssemblies()
    {
        var packagesProps = XDocument.Load(Path.Combine(_fixture.RepoRoot, "Directory.Packages.props"));
        var roslynVersion = packagesProps.Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.CSharp")
            .Attribute("Version")!.Value;
        var nuspecPath = Path.Combine(_fixture.GlobalPackagesFolder, "microsoft.codeanalysis.common", roslynVersion, "microsoft.codeanalysis.common.nuspec");
        var nuspec = XDocument.Load(nuspecPath);
        var dependencies = nuspec.Descendants()
            .Where(e => e.Name.LocalName == "group" && (string?)e.Attribute("targetFramework") == ".NETStandard2.0")
            .SelectMany(g => g.Elements().Where(e => e.Name.LocalName == "dependency"))
            .Select(e => e.Attribute("id")!.Value)
            .ToList();
        Assert.NotEmpty(dependencies);

        var provided = new HashSet<string>(dependencies, StringComparer.OrdinalIgnoreCase)
        {
            "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        };
        return provided;
    }

    private static XDocument Nuspec(ZipArchive package) =>
        XDocument.Parse(Read(package, package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName));

    private static string? Metadata(XDocument nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "metadata")?.Value;

    private static string Read(ZipArchive package, string entryName)
    {
        using var reader = new StreamReader(package.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }
}
