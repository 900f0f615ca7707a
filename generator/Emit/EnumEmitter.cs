using System.Linq;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit;

/// <summary>
/// Emits an enum as a forward-compatible value type (like Azure's extensible enums and smithy-rs's
/// Unknown variant): known values are named static properties, any other value round-trips unchanged.
/// </summary>
internal static class EnumEmitter
{
    public static SourceText Emit(EnumUnit unit)
    {
        var spec = unit.Enum;
        var name = spec.TypeName;
        var valueType = spec.IsIntEnum ? "int" : "string";
        var writer = FileWriter.Start(unit.Context.Namespace);
        DocComments.WriteSummary(writer, spec.Documentation, $"The {DocComments.Escape(spec.ShapeName)} values of the {unit.Context.Names.ClientName} service.",
            "Values the model does not list are kept as they are, so a newer service can add values without breaking this client.");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        FileWriter.WriteObsolete(writer, spec.Deprecation);
        using (writer.Block(unit.Context.TypeModifier + " readonly partial struct " + name + " : global::System.IEquatable<" + name + ">"))
        {
            if (!spec.IsIntEnum)
            {
                writer.Line("private readonly string? _value;");
                writer.Line();
                writer.Line("/// <summary>Creates a value from its wire form; any string is accepted, known to the model or not.</summary>");
                writer.Line("/// <param name=\"value\">The wire value.</param>");
                using (writer.Block("public " + name + "(string value)"))
                {
                    writer.Line("_value = value ?? throw new " + KnownTypes.ArgumentNullException + "(nameof(value));");
                }
            }
            else
            {
                writer.Line("/// <summary>Creates a value from its wire form; any integer is accepted, known to the model or not.</summary>");
                writer.Line("/// <param name=\"value\">The wire value.</param>");
                writer.Line("public " + name + "(int value) => Value = value;");
            }

            foreach (var value in spec.Values)
            {
                writer.Line();
                var literal = spec.IsIntEnum ? value.Value : Literals.String(value.Value);
                DocComments.WriteSummary(writer, value.Documentation, (spec.IsIntEnum ? "The value " : "The value <c>") +
                    DocComments.Escape(value.Value) + (spec.IsIntEnum ? "." : "</c>."));
                FileWriter.WriteObsolete(writer, value.Deprecation);
                writer.Line("public static " + name + " " + value.Name + " { get; } = new " + name + "(" + literal + ");");
            }

            writer.Line();
            writer.Line("/// <summary>Every value the model defines, in model order.</summary>");
            writer.Line("public static " + KnownTypes.IReadOnlyList + "<" + name + "> Values { get; } = new " + name + "[] { "
                + string.Join(", ", spec.Values.Select(v => v.Name)) + " };");
            writer.Line();
            writer.Line("/// <summary>The value as sent on the wire.</summary>");
            writer.Line(spec.IsIntEnum ? "public int Value { get; }" : "public string Value => _value ?? string.Empty;");
            writer.Line();
            writer.Line("/// <summary>Whether the model defines this value (false for values added to the service later).</summary>");
            var known = spec.Values.Count == 0
                ? "false"
                : "Value is " + string.Join(" or ", spec.Values.Select(v => spec.IsIntEnum ? v.Value : Literals.String(v.Value)));
            writer.Line("public bool IsKnown => " + known + ";");
            writer.Line();
            writer.Line("/// <summary>Converts a wire value.</summary>");
            writer.Line("/// <param name=\"value\">The wire value.</param>");
            writer.Line("public static implicit operator " + name + "(" + valueType + " value) => new " + name + "(value);");
            writer.Line();
            writer.Line("/// <summary>Returns the wire value.</summary>");
            writer.Line("/// <param name=\"value\">The enum value.</param>");
            writer.Line("public static explicit operator " + valueType + "(" + name + " value) => value.Value;");
            writer.Line();
            writer.Line("/// <summary>Compares wire values (ordinal, case-sensitive).</summary>");
            writer.Line("/// <param name=\"left\">A value.</param>");
            writer.Line("/// <param name=\"right\">Another value.</param>");
            writer.Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
            writer.Line();
            writer.Line("/// <summary>Compares wire values (ordinal, case-sensitive).</summary>");
            writer.Line("/// <param name=\"left\">A value.</param>");
            writer.Line("/// <param name=\"right\">Another value.</param>");
            writer.Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(spec.IsIntEnum
                ? "public bool Equals(" + name + " other) => Value == other.Value;"
                : "public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(spec.IsIntEnum
                ? "public override int GetHashCode() => Value.GetHashCode();"
                : "public override int GetHashCode() => " + KnownTypes.StringComparer + ".Ordinal.GetHashCode(Value);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(spec.IsIntEnum
                ? "public override string ToString() => Value.ToString(" + KnownTypes.CultureInfo + ".InvariantCulture);"
                : "public override string ToString() => Value;");
        }

        return FileWriter.Finish(writer);
    }
}
