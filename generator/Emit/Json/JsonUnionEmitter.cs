using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Json;

/// <summary>Emits a union's <c>WriteJson</c>/<c>ReadJson</c>: a JSON object with exactly one member set.</summary>
internal static class JsonUnionEmitter
{
    public static void Write(SourceWriter writer, UnionSpec union, string ns)
    {
        var type = TypeNames.Named(ns, union.TypeName);
        var locals = new LocalNames();
        var values = new JsonValueEmitter(writer, ns, locals);
        if ((union.Usage & ShapeUsage.Input) != 0)
        {
            writer.Line();
            writer.Line("/// <summary>Writes the set case as a one-member JSON object.</summary>");
            using (writer.Block("internal static void WriteJson(" + KnownTypes.Utf8JsonWriter + " writer, " + type + " value)"))
            {
                writer.Line("writer.WriteStartObject();");
                using (writer.Block("switch (value)"))
                {
                    foreach (var member in union.Members)
                    {
                        var local = locals.Next("c");
                        writer.Line("case " + member.PropertyName + " " + local + ":");
                        writer.Indentation++;
                        writer.Line("writer.WritePropertyName(" + Literals.Utf8(member.JsonName) + ");");
                        if (member.Type.IsValueType)
                        {
                            values.Write(member.Type, local + ".Value", TimestampFormats.Of(member));
                        }
                        else
                        {
                            using (writer.Block("if (" + local + ".Value is { } " + local + "v)"))
                            {
                                values.Write(member.Type, local + "v", TimestampFormats.Of(member));
                            }

                            using (writer.Block("else"))
                            {
                                writer.Line("writer.WriteNullValue();");
                            }
                        }

                        writer.Line("break;");
                        writer.Indentation--;
                    }

                    writer.Line("default:");
                    writer.Indentation++;
                    writer.Line("throw new global::System.InvalidOperationException(" +
                        Literals.String("An unknown case of " + union.TypeName + " cannot be sent: this client does not know how to serialize it.") + ");");
                    writer.Indentation--;
                }

                writer.Line("writer.WriteEndObject();");
            }
        }

        if ((union.Usage & ShapeUsage.Output) != 0)
        {
            writer.Line();
            writer.Line("/// <summary>Reads the union from the JSON object the reader is on; a member this model does not know becomes <see cref=\"Unknown\"/>.</summary>");
            using (writer.Block("internal static " + type + " ReadJson(ref " + KnownTypes.Utf8JsonReader + " reader)"))
            {
                JsonStructureEmitter.WriteObjectCheck(writer, union.TypeName);
                writer.Line(type + "? result = null;");
                writer.Line("string? unknown = null;");
                using (writer.Block("while (reader.Read() && reader.TokenType == " + KnownTypes.JsonTokenType + ".PropertyName)"))
                {
                    foreach (var member in union.Members)
                    {
                        using (writer.Block("if (reader.ValueTextEquals(" + Literals.Utf8(member.JsonName) + "))"))
                        {
                            writer.Line("reader.Read();");
                            using (writer.Block("if (reader.TokenType != " + KnownTypes.JsonTokenType + ".Null)"))
                            {
                                var local = locals.Next("u");
                                writer.Line(TypeNames.Of(member.Type, ns) + " " + local + ";");
                                values.Read(member.Type, local, TimestampFormats.Of(member));
                                writer.Line("result = new " + member.PropertyName + "(" + local + ");");
                            }

                            writer.Line("continue;");
                        }
                    }

                    // "__type" is protocol metadata some services add to unions, not a member.
                    using (writer.Block("if (!reader.ValueTextEquals(\"__type\"u8))"))
                    {
                        writer.Line("unknown ??= reader.GetString();");
                    }

                    writer.Line("reader.Read();");
                    writer.Line("reader.Skip();");
                }

                writer.Line("return result ?? new Unknown(unknown ?? \"\");");
            }
        }
    }
}
