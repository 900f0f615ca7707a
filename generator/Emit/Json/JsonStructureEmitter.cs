using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Json;

/// <summary>Emits a record's <c>WriteJson</c> (when sent) and <c>ReadJson</c>/<c>ErrorCorrected</c> (when received).</summary>
internal static class JsonStructureEmitter
{
    /// <param name="topLevelJson">Whether the protocol sends whole inputs and outputs as JSON documents (awsJson); otherwise
    /// only nested structures need their own serializers, as operations write the bound members themselves.</param>
    public static void Write(SourceWriter writer, StructureSpec structure, string ns, bool topLevelJson)
    {
        var type = TypeNames.Named(ns, structure.TypeName);
        var standalone = topLevelJson || (structure.Usage & ShapeUsage.Nested) != 0;
        if ((structure.Usage & ShapeUsage.Input) != 0 && standalone)
        {
            writer.Line();
            writer.Line("/// <summary>Writes this structure as a JSON object (generated serializer, no reflection).</summary>");
            using (writer.Block("internal static void WriteJson(" + KnownTypes.Utf8JsonWriter + " writer, " + type + " value)"))
            {
                writer.Line("writer.WriteStartObject();");
                new JsonMembersEmitter(writer, ns, new LocalNames()).WriteMembers(structure.Members, "value");
                writer.Line("writer.WriteEndObject();");
            }
        }

        if ((structure.Usage & ShapeUsage.Output) != 0 && standalone)
        {
            writer.Line();
            writer.Line("/// <summary>Reads this structure from the JSON object the reader is on; unknown members are skipped.</summary>");
            using (writer.Block("internal static " + type + " ReadJson(ref " + KnownTypes.Utf8JsonReader + " reader)"))
            {
                WriteObjectCheck(writer, structure.TypeName);
                var members = new JsonMembersEmitter(writer, ns, new LocalNames());
                members.DeclareLocals(structure.Members);
                members.ReadObjectMembers(structure.Members);
                WriteConstruction(writer, type, members.Initializers(structure.Members).ToList());
            }

            writer.Line();
            writer.Line("/// <summary>The value a required member of this type takes when a response leaves it out.</summary>");
            var zeroes = new JsonMembersEmitter(writer, ns, new LocalNames());
            using (writer.Block("internal static " + type + " ErrorCorrected()"))
            {
                var initializers = structure.Members.Where(m => !m.IsNullable).Select(m => m.PropertyName + " = " + zeroes.ZeroValue(m.Type)).ToList();
                WriteConstruction(writer, type, initializers);
            }
        }
    }

    public static void WriteObjectCheck(SourceWriter writer, string typeName)
    {
        using (writer.Block("if (reader.TokenType != " + KnownTypes.JsonTokenType + ".StartObject)"))
        {
            writer.Line("throw new global::System.Text.Json.JsonException(" + Literals.String("Expected a JSON object for " + typeName + ".") + ");");
        }
    }

    public static void WriteConstruction(SourceWriter writer, string type, System.Collections.Generic.IReadOnlyList<string> initializers)
    {
        if (initializers.Count == 0)
        {
            writer.Line("return new " + type + "();");
            return;
        }

        writer.Line("return new " + type);
        writer.Line("{");
        writer.Indentation++;
        foreach (var initializer in initializers)
        {
            writer.Line(initializer + ",");
        }

        writer.Indentation--;
        writer.Line("};");
    }
}
