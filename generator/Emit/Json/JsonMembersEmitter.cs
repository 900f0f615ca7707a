using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Json;

/// <summary>
/// Emits the member-by-member parts of a JSON object: writing the set members, and reading members
/// into locals that a final object initializer assembles. Shared by records (all members) and by
/// operations (only the members bound to the body).
/// </summary>
internal sealed class JsonMembersEmitter
{
    private readonly SourceWriter _writer;
    private readonly string _ns;
    private readonly LocalNames _locals;
    private readonly JsonValueEmitter _values;
    private readonly Dictionary<MemberSpec, string> _memberLocals = new();

    public JsonMembersEmitter(SourceWriter writer, string ns, LocalNames locals)
    {
        _writer = writer;
        _ns = ns;
        _locals = locals;
        _values = new JsonValueEmitter(writer, ns, locals);
    }

    public JsonValueEmitter Values => _values;

    public string Namespace => _ns;

    /// <summary>Writes each member of <paramref name="owner"/> that is set, whatever its value: false, 0 and "" are values too.</summary>
    public void WriteMembers(IEnumerable<MemberSpec> members, string owner)
    {
        foreach (var member in members)
        {
            var access = owner + "." + member.PropertyName;
            var condition = WriteCondition(member, access, out var value);
            if (condition is null)
            {
                WriteProperty(member, value);
                continue;
            }

            using (_writer.Block("if (" + condition + ")"))
            {
                WriteProperty(member, value);
            }
        }
    }

    /// <summary>Declares one nullable local per member, for reading.</summary>
    public void DeclareLocals(IEnumerable<MemberSpec> members)
    {
        foreach (var member in members)
        {
            var local = _locals.Next("m");
            _memberLocals[member] = local;
            _writer.Line(TypeNames.Of(member.Type, _ns) + "? " + local + " = default;");
        }
    }

    public string LocalOf(MemberSpec member) => _memberLocals[member];

    /// <summary>Reads the properties of the object the reader is on (the caller checked StartObject) into the locals; unknown properties are skipped.</summary>
    public void ReadObjectMembers(IEnumerable<MemberSpec> members)
    {
        using (_writer.Block("while (reader.Read() && reader.TokenType == " + KnownTypes.JsonTokenType + ".PropertyName)"))
        {
            foreach (var member in members)
            {
                using (_writer.Block("if (reader.ValueTextEquals(" + Literals.Utf8(member.JsonName) + "))"))
                {
                    _writer.Line("reader.Read();");
                    using (_writer.Block("if (reader.TokenType != " + KnownTypes.JsonTokenType + ".Null)"))
                    {
                        _values.Read(member.Type, _memberLocals[member], TimestampFormats.Of(member));
                    }

                    _writer.Line("continue;");
                }
            }

            _writer.Line("reader.Read();");
            _writer.Line("reader.Skip();");
        }
    }

    /// <summary>
    /// The object-initializer assignments building the result from the locals. A required member the
    /// response left out gets its type's zero value (Smithy's client error correction) rather than null.
    /// </summary>
    public IEnumerable<string> Initializers(IEnumerable<MemberSpec> members) =>
        members.Select(m => m.PropertyName + " = " + ValueOf(m));

    public string ValueOf(MemberSpec member)
    {
        var local = _memberLocals[member];
        return member.IsNullable ? local : local + " ?? " + ZeroValue(member.Type);
    }

    /// <summary>The value a required member takes when a response leaves it out: its type's zero value.</summary>
    public string ZeroValue(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "\"\"",
        TypeKind.Enum => "new " + TypeNames.Named(type, _ns) + "(\"\")",
        TypeKind.IntEnum => "new " + TypeNames.Named(type, _ns) + "(0)",
        TypeKind.Timestamp => KnownTypes.DateTimeOffset + ".UnixEpoch",
        TypeKind.List => "global::System.Array.Empty<" + TypeNames.Of(type.Element!, _ns) + (type.Sparse ? "?" : "") + ">()",
        TypeKind.Map => "new " + TypeNames.Builder(type, _ns) + "()",
        TypeKind.Structure => TypeNames.Named(type, _ns) + ".ErrorCorrected()",
        TypeKind.Union => "new " + TypeNames.Named(type, _ns) + ".Unknown(\"\")",
        _ => "default",
    };

    private void WriteProperty(MemberSpec member, string value)
    {
        _writer.Line("writer.WritePropertyName(" + Literals.Utf8(member.JsonName) + ");");
        _values.Write(member.Type, value, TimestampFormats.Of(member));
    }

    /// <summary>The condition under which a member is written (set: not null), or null to write it always (a required value type).</summary>
    private string? WriteCondition(MemberSpec member, string access, out string value)
    {
        if (member.IsNullable || !member.Type.IsValueType)
        {
            value = _locals.Next("v");
            return access + " is { } " + value;
        }

        value = access;
        return null;
    }
}
