using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Package.Tests;

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"> {CommandLine}\n(exit code {ExitCode})\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a user would, isolated from the test host's own MSBuild environment.</summary>
public static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan? timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this process inside an MSBuild environment; a nested build must not inherit it.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No build nodes or compiler servers outliving the command: they would hold our output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = "dotnet " + string.Join(" ", arguments);
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new CommandResult(commandLine, -1, $"Timed out after {timeout ?? DefaultTimeout}.\n{Snapshot(output)}");
        }

        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>The NuGet global packages folder, as the CLI reports it.</summary>
    public static async Task<string> GlobalPackagesFolderAsync(string workingDirectory)
    {
        var result = await RunAsync(workingDirectory, TimeSpan.FromMinutes(1), "nuget", "locals", "global-packages", "--list");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ToString());
        }

        // "global-packages: /root/.nuget/packages/"
        var line = result.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("global-packages:", StringComparison.Ordinal));
        return line.Substring("global-packages:".Length).Trim();
    }

    public static IEnumerable<string> Lines(string output) =>
        output.Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0);
}
