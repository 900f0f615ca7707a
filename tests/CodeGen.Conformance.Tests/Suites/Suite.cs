using System.Text.Json.Nodes;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>A suite of a protocol test file: its metadata and shapes, and where its generated code lives.</summary>
/// <param name="Namespace">The namespace its model is generated into, unique per suite.</param>
/// <param name="SourcePath">The suite file, to tell apart same-named files from several directories.</param>
internal sealed record Suite(string Description, JsonObject Json, string Namespace, string SourcePath)
{
    public JsonObject Metadata => (JsonObject)Json["metadata"]!;

    public string Protocol => Metadata["protocol"]!.GetValue<string>();
}
