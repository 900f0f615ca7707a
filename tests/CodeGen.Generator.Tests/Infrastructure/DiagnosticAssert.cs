using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>What a test expects of one reported diagnostic.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Message, LinePositionSpan Span, string Path = BotocoreModel.Path);

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts the run reported exactly <paramref name="expected"/> (in order) and nothing else, each with its
    /// id, message, file path and zero-based line/column span.
    /// </summary>
    public static void Reported(GeneratorRun run, params ExpectedDiagnostic[] expected)
    {
        var actual = run.GeneratorDiagnostics;
        Assert.True(actual.Length == expected.Length,
            $"Expected {expected.Length} diagnostic(s), got {actual.Length}:\n" + run.Describe(actual));
        for (var i = 0; i < expected.Length; i++)
        {
            var diagnostic = actual[i];
            var lineSpan = diagnostic.Location.GetLineSpan();
            Assert.Equal(expected[i].Id, diagnostic.Id);
            Assert.Equal(expected[i].Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
            Assert.Equal(expected[i].Path, lineSpan.Path);
            Assert.Equal(expected[i].Span, lineSpan.Span);
        }
    }
}
