using System.Collections.Generic;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit;

/// <summary>
/// Emits a union as a closed record hierarchy: one nested sealed record per member, each holding the
/// member's value, plus <c>Unknown</c> for members a newer service sends that this model does not know.
/// </summary>
internal static class UnionEmitter
{
    public static SourceText Emit(UnionUnit unit)
    {
        var context = unit.Context;
        var union = unit.Union;
        var ns = context.Namespace;
        var writer = FileWriter.Start(ns);
        DocComments.WriteSummary(writer, union.Documentation, $"The {DocComments.Escape(union.ShapeName)} union of the {context.Names.ClientName} service.",
            "Exactly one case is set. Match on the nested case types; Unknown carries a member this version of the model does not know.");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        FileWriter.WriteObsolete(writer, union.Deprecation);
        using (writer.Block(context.TypeModifier + " abstract partial record " + union.TypeName))
        {
            writer.Line("// Only the nested cases can derive: the hierarchy is closed.");
            writer.Line("private " + union.TypeName + "()");
            writer.Line("{");
            writer.Line("}");
            foreach (var member in union.Members)
            {
                writer.Line();
                DocComments.WriteSummary(writer, member.Documentation, $"The {DocComments.Escape(member.Name)} case.");
                writer.Line("/// <param name=\"Value\">The value of the case.</param>");
                FileWriter.WriteObsolete(writer, member.Deprecation);
                var declaration = "public sealed partial record " + member.PropertyName + "(" + TypeNames.Of(member.Type, ns) + " Value) : " + union.TypeName;
                if (member.IsSensitive || union.IsSensitive)
                {
                    using (writer.Block(declaration))
                    {
                        writer.Line("/// <summary>Prints the case without its sensitive value.</summary>");
                        writer.Line("/// <param name=\"builder\">The builder.</param>");
                        writer.Line("/// <returns>Always true.</returns>");
                        using (writer.Block("protected override bool PrintMembers(" + KnownTypes.StringBuilder + " builder)"))
                        {
                            writer.Line("builder.Append(\"Value = ***\");");
                            writer.Line("return true;");
                        }
                    }
                }
                else
                {
                    writer.Line(declaration + ";");
                }
            }

            writer.Line();
            writer.Line("/// <summary>A case this version of the model does not know, received from a newer service.</summary>");
            writer.Line("/// <param name=\"Tag\">The member name on the wire.</param>");
            writer.Line("public sealed partial record Unknown(string Tag) : " + union.TypeName + ";");

            if ((union.Usage & ShapeUsage.Input) != 0)
            {
                WriteValidation(writer, union, ns);
            }

            Json.JsonUnionEmitter.Write(writer, union, ns);
        }

        return FileWriter.Finish(writer);
    }

    private static void WriteValidation(Helpers.SourceWriter writer, UnionSpec union, string ns)
    {
        var patterns = new List<(string, string, bool)>();
        writer.Line();
        writer.Line("/// <summary>Adds the set case's violations to <paramref name=\"errors\"/>, with paths under the collector's current position.</summary>");
        writer.Line("/// <param name=\"errors\">The collector.</param>");
        writer.Line(ValidationEmitter.EditorBrowsableNever);
        using (writer.Block("public void ValidateInto(" + KnownTypes.ValidationErrors + " errors)"))
        {
            var index = 0;
            foreach (var member in union.Members)
            {
                if (!ValidationEmitter.NeedsValidation(member.Type))
                {
                    continue;
                }

                var local = "c" + (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                using (writer.Block("if (this is " + member.PropertyName + " " + local + ")"))
                {
                    var value = local + ".Value";
                    if (!member.Type.IsValueType)
                    {
                        using (writer.Block("if (" + value + " is not null)"))
                        {
                            ValidationEmitter.WriteUnionCase(writer, ns, member, value, patterns);
                        }
                    }
                    else
                    {
                        ValidationEmitter.WriteUnionCase(writer, ns, member, value, patterns);
                    }
                }
            }
        }

        ValidationEmitter.WritePatternFields(writer, patterns);
    }
}
