using System;
using System.Collections.Generic;
using System.Globalization;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>
/// Emits <c>Validate</c>, <c>EnsureValid</c> and <c>ValidateInto</c> from the model's constraints:
/// required, length (code points), pattern, range, and recursion into nested values. The walk tells
/// the collector where it is and each check names only its member, so a valid object is validated
/// without building a single path string.
/// </summary>
internal sealed class ValidationEmitter
{
    public const string EditorBrowsableNever =
        "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    private const string NoMember = "\"\"";
    private readonly SourceWriter _writer;
    private readonly string _ns;
    private readonly List<(string Field, string Pattern, bool EcmaScript)> _patterns = new();
    private int _locals;

    private ValidationEmitter(SourceWriter writer, string ns)
    {
        _writer = writer;
        _ns = ns;
    }

    /// <summary>Writes the public Validate/EnsureValid pair and ValidateInto for a structure.</summary>
    public static void WriteStructure(SourceWriter writer, string ns, string typeName, EquatableArray<MemberSpec> members)
    {
        writer.Line();
        writer.Line("/// <summary>Checks every constraint of the model and returns all violations at once; empty when valid.</summary>");
        using (writer.Block("public " + KnownTypes.IReadOnlyList + "<" + KnownTypes.ValidationError + "> Validate()"))
        {
            writer.Line("var errors = " + KnownTypes.ValidationErrors + ".ForThread();");
            writer.Line("ValidateInto(errors);");
            writer.Line("return errors.ToList();");
        }

        writer.Line();
        writer.Line("/// <summary>Throws <see cref=\"" + KnownTypes.RequestValidationException + "\"/> listing every violation when the object breaks a constraint of the model.</summary>");
        using (writer.Block("public void EnsureValid()"))
        {
            writer.Line("var errors = " + KnownTypes.ValidationErrors + ".ForThread();");
            writer.Line("ValidateInto(errors);");
            using (writer.Block("if (errors.Count > 0)"))
            {
                writer.Line("throw new " + KnownTypes.RequestValidationException + "(" + Literals.String(typeName) + ", errors.ToList());");
            }
        }

        writer.Line();
        writer.Line("/// <summary>Adds this object's violations to <paramref name=\"errors\"/>, with paths under the collector's current position.</summary>");
        writer.Line("/// <param name=\"errors\">The collector.</param>");
        var emitter = new ValidationEmitter(writer, ns);
        writer.Line(EditorBrowsableNever);
        using (writer.Block("public void ValidateInto(" + KnownTypes.ValidationErrors + " errors)"))
        {
            foreach (var member in members)
            {
                emitter.WriteMember(member, "this." + member.PropertyName);
            }
        }

        emitter.WritePatternFields();
    }

    /// <summary>Writes checks of one union case's value, for the union's ValidateInto.</summary>
    public static void WriteUnionCase(SourceWriter writer, string ns, MemberSpec member, string valueExpression, List<(string, string, bool)> patterns)
    {
        var emitter = new ValidationEmitter(writer, ns);
        emitter.WriteValue(member.Type, valueExpression, MemberName(member), 0);
        patterns.AddRange(emitter._patterns);
    }

    /// <summary>Writes the lazily created, cached regular expressions the checks use.</summary>
    public static void WritePatternFields(SourceWriter writer, IEnumerable<(string Field, string Pattern, bool EcmaScript)> patterns)
    {
        foreach (var (field, pattern, ecmaScript) in patterns)
        {
            var options = ecmaScript ? KnownTypes.RegexOptions + ".ECMAScript" : KnownTypes.RegexOptions + ".CultureInvariant";
            writer.Line();
            writer.Line("private static " + KnownTypes.Regex + "? s_" + field + ";");
            writer.Line("private static " + KnownTypes.Regex + " " + field + " => s_" + field + " ??= new " + KnownTypes.Regex + "("
                + Literals.String(pattern) + ", " + options + ", " + KnownTypes.TimeSpan + ".FromSeconds(1));");
        }
    }

    public static bool NeedsValidation(TypeRef type) => type.Kind switch
    {
        TypeKind.Structure or TypeKind.Union => type.Validates,
        TypeKind.List => HasConstraints(type) || NeedsValidation(type.Element!),
        TypeKind.Map => HasConstraints(type) || NeedsValidation(type.Value!) || HasConstraints(type.Key!),
        TypeKind.Enum or TypeKind.IntEnum or TypeKind.Boolean or TypeKind.Timestamp or TypeKind.Document => false,
        _ => HasConstraints(type),
    };

    private static bool HasConstraints(TypeRef type) => type.Constraints is { IsEmpty: false };

    /// <summary>The member's name as the paths of its violations spell it, as a C# literal.</summary>
    private static string MemberName(MemberSpec member) => Literals.String(member.PropertyName.TrimStart('@'));

    private void WritePatternFields() => WritePatternFields(_writer, _patterns);

    private void WriteMember(MemberSpec member, string access)
    {
        var name = MemberName(member);
        var checksValue = NeedsValidation(member.Type);
        if (member.IsNullable || !member.Type.IsValueType)
        {
            if (member.IsRequired && member.DefaultValue is null)
            {
                var local = NewLocal("v");
                using (_writer.Block("if (" + access + " is not { } " + local + ")"))
                {
                    _writer.Line("errors.Required(" + name + ");");
                }

                if (checksValue)
                {
                    using (_writer.Block("else"))
                    {
                        WriteValue(member.Type, local, name, 0);
                    }
                }
            }
            else if (checksValue)
            {
                var local = NewLocal("v");
                using (_writer.Block("if (" + access + " is { } " + local + ")"))
                {
                    WriteValue(member.Type, local, name, 0);
                }
            }
        }
        else if (checksValue)
        {
            WriteValue(member.Type, access, name, 0);
        }
    }

    private void WriteValue(TypeRef type, string value, string name, int depth)
    {
        var c = type.Constraints;
        switch (type.Kind)
        {
            case TypeKind.String:
                if (c?.MinLength is not null || c?.MaxLength is not null)
                {
                    _writer.Line("errors.Length(" + name + ", " + value + ", " + Bound(c!.MinLength) + ", " + Bound(c.MaxLength) + ");");
                }

                if (c?.Pattern is not null)
                {
                    var field = "Pattern" + _patterns.Count.ToString(CultureInfo.InvariantCulture);
                    _patterns.Add((field, c.Pattern, c.PatternIsEcmaScript));
                    _writer.Line("errors.Pattern(" + name + ", " + value + ", " + field + ");");
                }

                break;
            case TypeKind.Blob:
                WriteSize(c, value + ".Length", name, "bytes");
                break;
            case TypeKind.Byte:
            case TypeKind.Short:
            case TypeKind.Integer:
            case TypeKind.Long:
                WriteRange(c, "(long)" + value, name, "L");
                break;
            case TypeKind.Float:
            case TypeKind.Double:
            case TypeKind.BigInteger:
                WriteRange(c, "(double)" + value, name, "D");
                break;
            case TypeKind.BigDecimal:
                WriteRange(c, value, name, "M");
                break;
            case TypeKind.Structure:
            case TypeKind.Union:
                WriteNested(name, () => _writer.Line(value + ".ValidateInto(errors);"));
                break;
            case TypeKind.List:
                WriteSize(c, value + ".Count", name, "entries");
                if (NeedsValidation(type.Element!))
                {
                    var index = NewLocal("i");
                    var item = NewLocal("v");
                    WriteNested(name, () =>
                    {
                        using (_writer.Block("for (var " + index + " = 0; " + index + " < " + value + ".Count; " + index + "++)"))
                        {
                            _writer.Line("errors.EnterIndex(" + index + ");");
                            WriteElement(type.Element!, value + "[" + index + "]", item, depth, type.Sparse);
                            _writer.Line("errors.Exit();");
                        }
                    });
                }

                break;
            case TypeKind.Map:
                WriteSize(c, value + ".Count", name, "entries");
                var checksKeys = HasConstraints(type.Key!);
                if (checksKeys || NeedsValidation(type.Value!))
                {
                    var entry = NewLocal("e");
                    var item = NewLocal("v");
                    WriteNested(name, () =>
                    {
                        using (_writer.Block("foreach (var " + entry + " in " + KnownTypes.ValidationErrors + ".Entries(" + value + "))"))
                        {
                            _writer.Line("errors.EnterKey(" + entry + ".Key);");
                            if (checksKeys)
                            {
                                WriteValue(type.Key!, entry + ".Key", NoMember, depth + 1);
                            }

                            if (NeedsValidation(type.Value!))
                            {
                                WriteElement(type.Value!, entry + ".Value", item, depth, type.Sparse);
                            }

                            _writer.Line("errors.Exit();");
                        }
                    });
                }

                break;
        }
    }

    /// <summary>Writes an element's checks; the collector is already at the element, so they name no member.</summary>
    private void WriteElement(TypeRef element, string access, string local, int depth, bool sparse)
    {
        if (sparse || !element.IsValueType)
        {
            using (_writer.Block("if (" + access + " is { } " + local + ")"))
            {
                WriteValue(element, local, NoMember, depth + 1);
            }
        }
        else
        {
            WriteValue(element, access, NoMember, depth + 1);
        }
    }

    /// <summary>Writes checks inside <paramref name="member"/>, entering it first unless the collector is already there (an element).</summary>
    private void WriteNested(string member, Action write)
    {
        if (member == NoMember)
        {
            write();
            return;
        }

        _writer.Line("errors.Enter(" + member + ");");
        write();
        _writer.Line("errors.Exit();");
    }

    private void WriteSize(Constraints? c, string count, string name, string unit)
    {
        if (c?.MinLength is not null || c?.MaxLength is not null)
        {
            _writer.Line("errors.Size(" + name + ", " + count + ", " + Bound(c!.MinLength) + ", " + Bound(c.MaxLength) + ", \"" + unit + "\");");
        }
    }

    private void WriteRange(Constraints? c, string value, string name, string suffix)
    {
        if (c?.MinValue is null && c?.MaxValue is null)
        {
            return;
        }

        _writer.Line("errors.Range(" + name + ", " + value + ", " + Number(c!.MinValue, suffix) + ", " + Number(c.MaxValue, suffix) + ");");
    }

    private static string Bound(long? value) => value is null ? "null" : Literals.Long(value.Value);

    /// <summary>A bound as a C# literal; one beyond what the type can hold bounds nothing and is left out.</summary>
    private static string Number(string? value, string suffix)
    {
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d) || double.IsNaN(d))
        {
            return "null";
        }

        switch (suffix)
        {
            case "L":
                return d >= long.MaxValue || d <= long.MinValue ? "null" : ((long)d).ToString(CultureInfo.InvariantCulture) + "L";
            case "M":
                return Math.Abs(d) >= 7.9e28 ? "null" : d.ToString("R", CultureInfo.InvariantCulture) + "M";
            default:
                return d.ToString("R", CultureInfo.InvariantCulture) + suffix;
        }
    }

    private string NewLocal(string prefix) => prefix + (_locals++).ToString(CultureInfo.InvariantCulture);
}
