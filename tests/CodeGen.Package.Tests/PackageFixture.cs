using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace CodeGen.Package.Tests;

/// <summary>
/// Packs CodeGen.Generator and CodeGen.Runtime into a temporary local feed, then writes, builds and runs a
/// fresh console project outside the repository that knows CodeGen only through the two packages. Done once
/// for all tests of <see cref="PackageTests"/>.
/// </summary>
/// <remarks>
/// Packing uses its own artifacts folder, so the repository's bin/obj (which other test projects may be
/// using at the same time) are never touched. The package version is unique per run, so neither the global
/// packages folder nor any other cache can serve a stale package; the run's entries are removed afterwards.
/// </remarks>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string ConsumerNamespace = "PackageConsumer";

    public string RepoRoot { get; } = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "codegen-package-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>A version no earlier run used: 0.1.0-test.&lt;UTC time&gt;.r&lt;random&gt;.</summary>
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
        + ".r" + Guid.NewGuid().ToString("N")[..8];

    public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

    public string AppDirectory => Path.Combine(WorkDirectory, "app");

    public string GeneratorPackage => Path.Combine(FeedDirectory, $"CodeGen.Generator.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(FeedDirectory, $"CodeGen.Runtime.{Version}.nupkg");

    public string GlobalPackagesFolder { get; private set; } = "";

    public CommandResult Build { get; private set; } = null!;

    public CommandResult Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        GlobalPackagesFolder = await DotnetCli.GlobalPackagesFolderAsync(WorkDirectory);

        await PackAsync(Path.Combine(RepoRoot, "generator", "CodeGen.Generator.csproj"));
        await PackAsync(Path.Combine(RepoRoot, "runtime", "CodeGen.Runtime.csproj"));

        WriteConsumerProject();
        Build = await DotnetCli.RunAsync(AppDirectory, null, "build", "-warnaserror", "-c", "Debug");
        Run = Build.Succeeded
            ? await DotnetCli.RunAsync(AppDirectory, TimeSpan.FromMinutes(1), "run", "--no-build", "-c", "Debug")
            : new CommandResult("dotnet run", -1, "Not run: the build failed.");
    }

    public Task DisposeAsync()
    {
        TryDelete(WorkDirectory);
        if (GlobalPackagesFolder.Length > 0)
        {
            // Only this run's unique version; other versions in the cache are not ours to touch.
            foreach (var id in new[] { "codegen.generator", "codegen.runtime" })
            {
                var packageFolder = Path.Combine(GlobalPackagesFolder, id);
                TryDelete(Path.Combine(packageFolder, Version.ToLowerInvariant()));
                if (Directory.Exists(packageFolder) && !Directory.EnumerateFileSystemEntries(packageFolder).Any())
                {
                    TryDelete(packageFolder);
                }
            }
        }

        return Task.CompletedTask;
    }

    private async Task PackAsync(string project)
    {
        var result = await DotnetCli.RunAsync(WorkDirectory, null,
            "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version,
            "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing failed:\n" + result);
        }
    }

    private void WriteConsumerProject()
    {
        Directory.CreateDirectory(AppDirectory);
        var model = Path.Combine(RepoRoot, "specs", "finspace-data");
        File.Copy(Path.Combine(model, "service-2.json"), Path.Combine(AppDirectory, "service-2.json"));
        File.Copy(Path.Combine(model, "paginators-1.json"), Path.Combine(AppDirectory, "paginators-1.json"));
        Directory.CreateDirectory(Path.Combine(AppDirectory, "smithy"));
        File.Copy(Path.Combine(model, "finspace-data-2020-07-13.smithy.json"), Path.Combine(AppDirectory, "smithy", "finspace.json"));

        // Stop MSBuild from picking up any Directory.Build.* or central package versions above the temp folder.
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkDirectory, "Directory.Packages.props"), "<Project />\n");

        // The local feed is added to the machine's normal sources (no <clear/>), which keep restoring the rest.
        File.WriteAllText(Path.Combine(AppDirectory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="codegen-test-feed" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

        File.WriteAllText(Path.Combine(AppDirectory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>{ConsumerNamespace}</RootNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CodeGen.Generator" Version="{Version}" PrivateAssets="all" />
                <PackageReference Include="CodeGen.Runtime" Version="{Version}" />
                <ServiceModel Include="service-2.json" />
                <ServiceModel Include="smithy/finspace.json" Namespace="{ConsumerNamespace}.FromSmithy" Operations="UpdateUser;GetUser" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(Path.Combine(AppDirectory, "Program.cs"), $$"""
            #pragma warning disable CS0618 // The UpdateUser operation is deprecated in the FinSpace model.
            using System;
            using {{ConsumerNamespace}}.FinSpaceData;

            var valid = new UpdateUserRequest { UserId = "x" }.Validate();
            Console.WriteLine("valid: " + valid.Count);
            var invalid = new UpdateUserRequest { UserId = " ", FirstName = "" }.Validate();
            Console.WriteLine("invalid: " + invalid.Count);
            foreach (var error in invalid)
            {
                Console.WriteLine("violation: " + error.Path + " " + error.Kind);
            }

            var kind = new UserType("NEW_KIND");
            Console.WriteLine("enum: " + kind.Value + " known=" + kind.IsKnown);

            // The same service from its Smithy JSON AST, filtered to two operations.
            var fromSmithy = new {{ConsumerNamespace}}.FromSmithy.UpdateUserRequest { UserId = " " }.Validate();
            Console.WriteLine("smithy: " + fromSmithy.Count + " " + typeof({{ConsumerNamespace}}.FromSmithy.IFinSpaceDataClient).GetMethods().Length);
            """);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
