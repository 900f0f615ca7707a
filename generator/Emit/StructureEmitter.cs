using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit;

/// <summary>Emits a structure as a <c>sealed partial record</c>: properties, redacting ToString, validation, JSON.</summary>
internal static class StructureEmitter
{
    public static SourceText Emit(StructureUnit unit)
    {
        var context = unit.Context;
        var structure = unit.Structure;
        var writer = FileWriter.Start(context.Namespace);
        DocComments.WriteSummary(writer, structure.Documentation, $"The {DocComments.Escape(structure.ShapeName)} structure of the {context.Names.ClientName} service.");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        FileWriter.WriteObsolete(writer, structure.Deprecation);
        using (writer.Block(context.TypeModifier + " sealed partial record " + structure.TypeName))
        {
            var first = true;
            foreach (var member in structure.Members)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteProperty(writer, member, context.Namespace);
            }

            if (structure.IsSensitive || structure.Members.Any(m => m.IsSensitive))
            {
                WritePrintMembers(writer, structure);
            }

            if ((structure.Usage & ShapeUsage.Input) != 0)
            {
                ValidationEmitter.WriteStructure(writer, context.Namespace, structure.TypeName, structure.Members);
            }

            Json.JsonStructureEmitter.Write(writer, structure, context.Namespace, context.Info.Protocol != Protocol.RestJson1);
        }

        return FileWriter.Finish(writer);
    }

    public static void WriteProperty(SourceWriter writer, MemberSpec member, string ns)
    {
        var remarks = member.IsSensitive ? "Sensitive: ToString() prints *** instead of the value." : null;
        DocComments.WriteSummary(writer, member.Documentation, $"The {DocComments.Escape(member.Name)} member.", remarks);
        FileWriter.WriteObsolete(writer, member.Deprecation);
        var modifiers = member.UsesRequiredKeyword ? "public required " : "public ";
        var initializer = member.IsNullable ? null : DefaultValues.Expression(member, ns);
        if (initializer is null)
        {
            writer.Line($"{modifiers}{TypeNames.Of(member.Type, ns)}{(member.IsNullable ? "?" : "")} {member.PropertyName} {{ get; init; }}");
        }
        else
        {
            writer.Line($"{modifiers}{TypeNames.Of(member.Type, ns)}{(member.IsNullable ? "?" : "")} {member.PropertyName} {{ get; init; }} = {initializer};");
        }
    }

    /// <summary>Replaces the record's printed members so sensitive values never reach logs.</summary>
    private static void WritePrintMembers(SourceWriter writer, StructureSpec structure)
    {
        writer.Line();
        using (writer.Block("private bool PrintMembers(" + KnownTypes.StringBuilder + " builder)"))
        {
            if (structure.IsSensitive)
            {
                writer.Line("builder.Append(\"***\");");
                writer.Line("return true;");
                return;
            }

            for (var i = 0; i < structure.Members.Count; i++)
            {
                var member = structure.Members[i];
                var name = member.PropertyName.TrimStart('@');
                var separator = i == 0 ? "" : ", ";
                writer.Line("builder.Append(" + Literals.String(separator + name + " = ") + ");");
                writer.Line(member.IsSensitive ? "builder.Append(\"***\");" : "builder.Append((object?)this." + member.PropertyName + ");");
            }

            writer.Line("return true;");
        }
    }
}
