using System.Linq;
using CodeGen.Generator.Emit.Json;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Http;

/// <summary>Emits the parsing of a restJson1 response (or error) into a structure: headers, status code, payload, body members.</summary>
internal static class RestJsonResponseEmitter
{
    /// <summary>Writes statements that end in <c>return new Output { ... }</c>.</summary>
    public static void Write(SourceWriter writer, ServiceContext context, StructureSpec output)
    {
        var members = ReadMembers(writer, context, output, context.Info.Protocol == Protocol.RestJson1);
        JsonStructureEmitter.WriteConstruction(writer, context.TypeRef(output.TypeName), members.Initializers(output.Members).ToList());
    }

    /// <summary>
    /// Declares a local per member and fills them from the response. With <paramref name="bindings"/>
    /// false (awsJson errors) every member is read from the JSON body.
    /// </summary>
    public static JsonMembersEmitter ReadMembers(SourceWriter writer, ServiceContext context, StructureSpec output, bool bindings)
    {
        var ns = context.Namespace;
        var locals = new LocalNames();
        var members = new JsonMembersEmitter(writer, ns, locals);
        members.DeclareLocals(output.Members);
        var body = output.Members.Where(m => !bindings || m.Binding == HttpBinding.Body).ToList();
        if (bindings)
        {
            foreach (var member in output.Members)
            {
                var target = members.LocalOf(member);
                switch (member.Binding)
                {
                    case HttpBinding.Header:
                        WriteHeader(writer, member, target, ns, locals);
                        break;
                    case HttpBinding.PrefixHeaders:
                        WritePrefixHeaders(writer, member, target, ns, locals);
                        break;
                    case HttpBinding.StatusCode:
                        writer.Line(target + " = response.StatusCode;");
                        break;
                    case HttpBinding.Payload:
                        WritePayload(writer, member, target, members, locals);
                        break;
                }
            }
        }

        if (body.Count > 0)
        {
            using (writer.Block("if (!response.Body.IsEmpty)"))
            {
                writer.Line("var reader = new " + KnownTypes.Utf8JsonReader + "(response.Body.Span);");
                writer.Line("reader.Read();");
                JsonStructureEmitter.WriteObjectCheck(writer, output.TypeName);
                members.ReadObjectMembers(body);
            }
        }

        return members;
    }

    private static void WriteHeader(SourceWriter writer, MemberSpec member, string target, string ns, LocalNames locals)
    {
        var header = locals.Next("header");
        using (writer.Block("if (response.GetHeader(" + Literals.String(member.BindingName!) + ") is { } " + header + ")"))
        {
            if (member.Type.Kind == TypeKind.List)
            {
                var element = member.Type.Element!;
                var list = locals.Next("list");
                var item = locals.Next("item");
                var split = element.Kind == TypeKind.Timestamp && (TimestampFormats.Of(member) ?? TimestampFormats.HttpDate) == TimestampFormats.HttpDate
                    ? KnownTypes.HttpFormat + ".ParseHttpDateList(" + header + ")"
                    : KnownTypes.HttpFormat + ".ParseHeaderList(" + header + ")";
                writer.Line("var " + list + " = new " + TypeNames.Builder(member.Type, ns) + "();");
                using (writer.Block("foreach (var " + item + " in " + split + ")"))
                {
                    writer.Line(list + ".Add(" + HttpValueFormats.Parse(element, item, TimestampFormats.Of(member), TimestampFormats.HttpDate, ns) + ");");
                }

                writer.Line(target + " = " + list + ";");
            }
            else if (HttpValueFormats.IsJsonValue(member))
            {
                writer.Line(target + " = " + KnownTypes.HttpFormat + ".FromBase64Json(" + header + ");");
            }
            else
            {
                writer.Line(target + " = " + HttpValueFormats.Parse(member.Type, header, TimestampFormats.Of(member), TimestampFormats.HttpDate, ns) + ";");
            }
        }
    }

    private static void WritePrefixHeaders(SourceWriter writer, MemberSpec member, string target, string ns, LocalNames locals)
    {
        if (member.Type.Kind != TypeKind.Map)
        {
            return;
        }

        var prefix = Literals.String(member.BindingName ?? "");
        var map = locals.Next("headers");
        var entry = locals.Next("entry");
        writer.Line("var " + map + " = new " + TypeNames.Builder(member.Type, ns) + "();");
        using (writer.Block("foreach (var " + entry + " in response.Headers)"))
        {
            using (writer.Block("if (" + entry + ".Key.StartsWith(" + prefix + ", global::System.StringComparison.OrdinalIgnoreCase))"))
            {
                writer.Line(map + "[" + entry + ".Key.Substring(" + prefix + ".Length)] = " +
                    HttpValueFormats.Parse(member.Type.Value!, entry + ".Value", null, TimestampFormats.HttpDate, ns) + ";");
            }
        }

        writer.Line(target + " = " + map + ";");
    }

    private static void WritePayload(SourceWriter writer, MemberSpec member, string target, JsonMembersEmitter members, LocalNames locals)
    {
        switch (member.Type.Kind)
        {
            case TypeKind.Blob:
                using (writer.Block("if (!response.Body.IsEmpty)"))
                {
                    writer.Line(target + " = response.Body.ToArray();");
                }

                return;
            case TypeKind.String:
                using (writer.Block("if (!response.Body.IsEmpty)"))
                {
                    writer.Line(target + " = global::System.Text.Encoding.UTF8.GetString(response.Body.Span);");
                }

                return;
            case TypeKind.Enum:
                using (writer.Block("if (!response.Body.IsEmpty)"))
                {
                    writer.Line(target + " = new " + TypeNames.Named(member.Type, members.Namespace) + "(global::System.Text.Encoding.UTF8.GetString(response.Body.Span));");
                }

                return;
            default:
                using (writer.Block("if (!response.Body.IsEmpty)"))
                {
                    writer.Line("var reader = new " + KnownTypes.Utf8JsonReader + "(response.Body.Span);");
                    writer.Line("reader.Read();");
                    members.Values.Read(member.Type, target, TimestampFormats.Of(member));
                }

                return;
        }
    }
}
