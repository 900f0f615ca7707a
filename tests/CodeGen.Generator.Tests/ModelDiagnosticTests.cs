using System.Collections.Generic;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Bad models run through the real generator: each reports its diagnostic with id, message, file path
/// and the zero-based line and column inside the JSON, reports nothing else, and generates no code.
/// Expected positions are computed from the test's own text, never taken from the generator.
/// </summary>
public class ModelDiagnosticTests
{
    private const string ValidShapes = """
        "DoThingInput": {
          "type": "structure",
          "members": {
            "Name": { "shape": "Name" }
          }
        },
        "Name": { "type": "string" }
        """;

    [Fact]
    public void ValidInlineModelReportsNothingAndCompiles()
    {
        // The baseline every bad model below departs from by one edit.
        var run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(ValidShapes))]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("Consumer.Sample.DoThingInput.g.cs", run.Sources.Keys);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }

    [Fact]
    public void MissingCommaIsMalformedJsonAtTheTokenAfterIt()
    {
        var text = BotocoreModel.Service(ValidShapes).Replace("\"apiVersion\": \"2024-01-01\",", "\"apiVersion\": \"2024-01-01\"");

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0001",
            "The service model is not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'",
            TextPosition.PointAt(text, "\"endpointPrefix\"")));
    }

    [Fact]
    public void TruncatedFileIsMalformedJsonAtTheEndOfTheFile()
    {
        var full = BotocoreModel.Service(ValidShapes);
        var text = full.Substring(0, TextPosition.OffsetOf(full, "\"DoThingInput\": {") + "\"DoThingInput\": {".Length);

        var run = RunExpectingNoOutput(text);

        var end = TextPosition.At(text, text.Length);
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0001",
            "The service model is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed",
            new LinePositionSpan(end, end)));
    }

    [Fact]
    public void FileCutInsideAStringIsMalformedJsonAtTheEndOfTheFile()
    {
        var full = BotocoreModel.Service(ValidShapes);
        var text = full.Substring(0, TextPosition.OffsetOf(full, "\"rest-json\"") + "\"rest-".Length);

        var run = RunExpectingNoOutput(text);

        var end = TextPosition.At(text, text.Length);
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0001",
            "The service model is not valid JSON: Expected end of string, but instead reached end of data",
            new LinePositionSpan(end, end)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n")]
    public void EmptyFileIsMalformedJsonAtItsStart(string text)
    {
        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0001", "The service model is not valid JSON: the file is empty", new LinePositionSpan(default, default)));
    }

    [Fact]
    public void ReferenceToAnUndefinedShapeIsReportedAtTheShapeValue()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("{ \"shape\": \"Name\" }", "{ \"shape\": \"Missing\" }"));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0002",
            "Shape 'Missing', referenced by member 'Name' of 'DoThingInput', is not defined in the model",
            TextPosition.SpanOf(text, "\"Missing\"")));
    }

    [Fact]
    public void OperationInputReferringToAnUndefinedShapeIsReportedAtTheShapeValue()
    {
        var text = BotocoreModel.Service(ValidShapes, BotocoreModel.Operation("DoThing", "NoSuchInput"));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0002",
            "Shape 'NoSuchInput', referenced by the input of operation 'DoThing', is not defined in the model",
            TextPosition.SpanOf(text, "\"NoSuchInput\"")));
    }

    [Fact]
    public void ModelWithoutMetadataIsMissingARequiredFieldAtTheRootObject()
    {
        var text = """
            {
              "operations": {},
              "shapes": {}
            }
            """;

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0003", "the service model is missing the required field 'metadata'", TextPosition.SpanOf(text, "{\n  \"operations\"", length: 1)));
    }

    [Fact]
    public void ShapeWithoutTypeIsMissingARequiredFieldAtItsBody()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("\"Name\": { \"type\": \"string\" }", "\"Name\": { \"max\": 3 }"));

        var run = RunExpectingNoOutput(text);

        // Only the missing field: the members referring to the unreadable shape are not also "undefined".
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0003", "shape 'Name' is missing the required field 'type'", TextPosition.SpanOf(text, "{ \"max\": 3 }", length: 1)));
    }

    [Fact]
    public void MemberWithoutShapeIsMissingARequiredFieldAtItsBody()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("{ \"shape\": \"Name\" }", "{ \"documentation\": \"No shape.\" }"));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0003",
            "member 'Name' of shape 'DoThingInput' is missing the required field 'shape'",
            TextPosition.SpanOf(text, "{ \"documentation\": \"No shape.\" }", length: 1)));
    }

    [Theory]
    [InlineData("rest-xml")]
    [InlineData("query")]
    [InlineData("ec2")]
    public void UnsupportedProtocolIsReportedAtTheProtocolValue(string protocol)
    {
        var text = BotocoreModel.Service(ValidShapes, protocol: protocol);

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0004",
            $"The service uses protocol '{protocol}', which CodeGen does not support (supported: restJson1, awsJson1_0, awsJson1_1)",
            TextPosition.SpanOf(text, $"\"{protocol}\"")));
    }

    [Fact]
    public void UnsupportedShapeTypeIsReportedAtTheTypeValue()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("\"type\": \"string\"", "\"type\": \"vector\""));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0005", "Shape 'Name' has type 'vector', which CodeGen does not support", TextPosition.SpanOf(text, "\"vector\"")));
    }

    [Fact]
    public void ShapeNameWithoutLettersOrDigitsIsReportedAtTheShapeName()
    {
        var shapes = ValidShapes.Replace("\"DoThingInput\": {", "\"!!!\": {");
        var text = BotocoreModel.Service(shapes, BotocoreModel.Operation("DoThing", "!!!"));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0006", "Shape name '!!!' cannot be made a valid C# identifier", TextPosition.SpanOf(text, "\"!!!\": {", length: 5)));
    }

    [Fact]
    public void ClientNameThatIsNotAnIdentifierIsReported()
    {
        var text = BotocoreModel.Service(ValidShapes);

        var run = GeneratorHarness.Run([BotocoreModel.Input(text, new Dictionary<string, string> { ["ClientName"] = "My Client" })]);

        Assert.Empty(run.Sources);
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0006", "The ClientName 'My Client' cannot be made a valid C# identifier", TextPosition.SpanOf(text, "\"operations\"")));
    }

    [Fact]
    public void NamespaceThatIsNotValidIsReported()
    {
        var text = BotocoreModel.Service(ValidShapes);

        var run = GeneratorHarness.Run([BotocoreModel.Input(text, new Dictionary<string, string> { ["Namespace"] = "My.1Namespace" })]);

        Assert.Empty(run.Sources);
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0006", "The namespace 'My.1Namespace' cannot be made a valid C# identifier", TextPosition.SpanOf(text, "\"operations\"")));
    }

    [Fact]
    public void FieldWithAValueOfTheWrongKindIsReportedAtTheValue()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("\"type\": \"string\"", "\"type\": \"string\", \"min\": \"abc\""));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0008", "Field 'min' of shape 'Name' must be an integer, but is a string", TextPosition.SpanOf(text, "\"abc\"")));
    }

    [Fact]
    public void ColumnsCountCharactersNotUtf8Bytes()
    {
        // Multi-byte characters before the error on the same line: the column counts UTF-16 characters, as editors do.
        var shapes = ValidShapes.Replace("\"type\": \"string\"", "\"documentation\": \"Prénom 😀\", \"type\": \"string\", \"min\": \"abc\"");
        var text = BotocoreModel.Service(shapes);

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0008", "Field 'min' of shape 'Name' must be an integer, but is a string", TextPosition.SpanOf(text, "\"abc\"")));
        Assert.Equal(TextPosition.OffsetOf(text, "\"abc\""), run.GeneratorDiagnostics[0].Location.SourceSpan.Start);
    }

    [Fact]
    public void UnknownOperationInTheOperationsMetadataSuggestsTheClosestNames()
    {
        var operations = BotocoreModel.Operation("DoThing", "DoThingInput") + ",\n" + BotocoreModel.Operation("DoOtherThing", "DoThingInput");
        var text = BotocoreModel.Service(ValidShapes, operations);

        var run = GeneratorHarness.Run([BotocoreModel.Input(text, new Dictionary<string, string> { ["Operations"] = "DoThng;Unrelated" })]);

        Assert.Empty(run.Sources);
        var operationsKey = TextPosition.SpanOf(text, "\"operations\"");
        DiagnosticAssert.Reported(
            run,
            new ExpectedDiagnostic("CG0009", "The Operations metadata names 'DoThng', which the model does not define; did you mean 'DoThing'?", operationsKey),
            new ExpectedDiagnostic("CG0009", "The Operations metadata names 'Unrelated', which the model does not define", operationsKey));
    }

    [Fact]
    public void InvalidPatternIsReportedAtThePatternValue()
    {
        var text = BotocoreModel.Service(ValidShapes.Replace("\"type\": \"string\"", "\"type\": \"string\", \"pattern\": \"[a-\""));

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0010",
            "The pattern of shape 'Name' is not a valid regular expression: Invalid pattern '[a-' at offset 3. Unterminated [] set.",
            TextPosition.SpanOf(text, "\"[a-\"")));
    }

    [Fact]
    public void OperationWithAnEventStreamIsReportedAsUnsupportedButTheRestIsGenerated()
    {
        var shapes = """
            "DoThingInput": {
              "type": "structure",
              "members": {
                "Name": { "shape": "Name" }
              }
            },
            "DoThingOutput": {
              "type": "structure",
              "members": {
                "Events": { "shape": "EventStream" }
              }
            },
            "EventStream": {
              "type": "structure",
              "eventstream": true,
              "members": {
                "Tick": { "shape": "Tick" }
              }
            },
            "Tick": {
              "type": "structure",
              "event": true,
              "members": {}
            },
            "Name": { "type": "string" }
            """;
        var text = BotocoreModel.Service(shapes, BotocoreModel.Operation("DoThing", "DoThingInput", "DoThingOutput"));

        var run = GeneratorHarness.Run([BotocoreModel.Input(text)]);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0011",
            "Operation 'DoThing' uses event streams, which CodeGen does not support; the client omits it",
            TextPosition.SpanOf(text, "\"DoThing\": {", length: 9)));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, run.GeneratorDiagnostics[0].Severity);
        // The omitted operation contributes no shapes; the client is still generated, without it.
        Assert.DoesNotContain("Consumer.Sample.DoThingInput.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("DoThingAsync", run.Sources["Consumer.Sample.SampleClient.g.cs"]);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }

    [Fact]
    public void JsonThatIsNeitherBotocoreNorSmithyIsAnUnknownFormatAtItsRoot()
    {
        var text = """
            {
              "openapi": "3.0.0"
            }
            """;

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0012",
            "The file is neither a botocore service model (top-level 'metadata', 'operations', 'shapes') nor a Smithy 2.0 JSON AST (top-level 'smithy')",
            new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 1))));
    }

    [Fact]
    public void ListThatContainsItselfIsReportedAtTheShapeName()
    {
        var shapes = ValidShapes.Replace("\"Name\": { \"type\": \"string\" }", "\"Name\": { \"type\": \"list\", \"member\": { \"shape\": \"Name\" } }");
        var text = BotocoreModel.Service(shapes);

        var run = RunExpectingNoOutput(text);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0013",
            "Shape 'Name' contains itself through lists or maps only, which no value can satisfy",
            TextPosition.SpanOf(text, "\"Name\": { \"type\": \"list\"", length: 6)));
    }

    [Fact]
    public void StructureThatContainsItselfThroughAListIsValid()
    {
        // Recursion through a structure is fine (a tree); only list/map-only cycles are rejected.
        var shapes = """
            "DoThingInput": {
              "type": "structure",
              "members": {
                "Children": { "shape": "Children" }
              }
            },
            "Children": {
              "type": "list",
              "member": { "shape": "DoThingInput" }
            }
            """;

        var run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(shapes))]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }

    private static GeneratorRun RunExpectingNoOutput(string text)
    {
        var run = GeneratorHarness.Run([BotocoreModel.Input(text)]);

        // A model with errors generates nothing, so no follow-on compiler errors bury the diagnostic.
        Assert.Empty(run.Sources);
        return run;
    }
}
