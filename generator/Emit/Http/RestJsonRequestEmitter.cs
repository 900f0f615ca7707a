using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Emit.Json;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Http;

/// <summary>Emits a restJson1 request: method, URI labels and literal query, query parameters, headers, body or payload.</summary>
internal static class RestJsonRequestEmitter
{
    public static void Write(SourceWriter writer, ServiceContext context, OperationSpec operation, StructureSpec? input)
    {
        var ns = context.Namespace;
        var locals = new LocalNames();
        var members = input?.Members ?? EquatableArray<MemberSpec>.Empty;
        var template = UriTemplate.Parse(operation.Http.RequestUri);
        writer.Line("http.Method = " + Literals.String(operation.Http.Method) + ";");
        HostPrefixEmitter.Write(writer, operation, input);
        WritePath(writer, template, members, locals);
        foreach (var (name, value) in template.Query)
        {
            writer.Line("http.AddQueryLiteral(" + Literals.String(name) + ", " + (value is null ? "null" : Literals.String(value)) + ");");
        }

        var explicitQueryNames = members.Where(m => m.Binding == HttpBinding.Query).Select(m => m.BindingName!).ToList();
        foreach (var member in members)
        {
            switch (member.Binding)
            {
                case HttpBinding.Query:
                    WriteQuery(writer, member, locals);
                    break;
                case HttpBinding.Header:
                    WriteHeader(writer, member, locals);
                    break;
                case HttpBinding.PrefixHeaders:
                    WritePrefixHeaders(writer, member, locals);
                    break;
            }
        }

        foreach (var member in members.Where(m => m.Binding == HttpBinding.QueryParams))
        {
            WriteQueryParams(writer, member, explicitQueryNames, locals);
        }

        var payload = members.FirstOrDefault(m => m.Binding == HttpBinding.Payload);
        if (payload is not null)
        {
            WritePayload(writer, payload, ns, locals);
            return;
        }

        var body = members.Where(m => m.Binding == HttpBinding.Body).ToList();
        if (body.Count > 0)
        {
            writer.Line("http.ContentType = \"application/json\";");
            writer.Line("var writer = http.GetJsonWriter();");
            writer.Line("writer.WriteStartObject();");
            new JsonMembersEmitter(writer, ns, locals).WriteMembers(body, "request");
            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void WritePath(SourceWriter writer, UriTemplate template, IEnumerable<MemberSpec> members, LocalNames locals)
    {
        foreach (var (text, isLabel, greedy) in template.Path)
        {
            if (!isLabel)
            {
                writer.Line("http.AppendPath(" + Literals.String(text) + ");");
                continue;
            }

            var member = members.FirstOrDefault(m => m.Binding == HttpBinding.Label && m.BindingName == text)
                ?? members.FirstOrDefault(m => m.Name == text);
            if (member is null)
            {
                writer.Line("http.AppendPath(" + Literals.String("{" + text + "}") + ");");
                continue;
            }

            // A label can never be empty: the path would silently address another resource.
            var local = locals.Next("label");
            var value = member.Type.IsValueType && !member.IsNullable ? "request." + member.PropertyName : local;
            if (value == local)
            {
                var pattern = member.Type.Kind == TypeKind.String ? "{ Length: > 0 }" : "{ }";
                using (writer.Block("if (request." + member.PropertyName + " is not " + pattern + " " + local + ")"))
                {
                    writer.Line(ThrowMissingLabel(member));
                }
            }

            var formatted = HttpValueFormats.Format(member.Type, value, TimestampFormats.Of(member), TimestampFormats.DateTime);

            writer.Line("http.AppendLabel(" + formatted + ", greedy: " + Literals.Bool(greedy) + ");");
        }
    }

    private static string ThrowMissingLabel(MemberSpec member) =>
        "throw new global::System.ArgumentException(" +
        Literals.String(member.PropertyName.TrimStart('@') + " must be set and non-empty: it is part of the request URI.") + ", \"request\");";

    private static void WriteQuery(SourceWriter writer, MemberSpec member, LocalNames locals)
    {
        var local = locals.Next("q");
        using (writer.Block("if (request." + member.PropertyName + " is { } " + local + ")"))
        {
            if (member.Type.Kind == TypeKind.List)
            {
                var item = locals.Next("item");
                var element = member.Type.Element!;
                using (writer.Block("foreach (var " + item + " in " + local + ")"))
                {
                    var value = WithNullCheck(writer, element, item, member.Type.Sparse, locals);
                    writer.Line("http.AddQuery(" + Literals.String(member.BindingName!) + ", " +
                        HttpValueFormats.Format(element, value, TimestampFormats.Of(member), TimestampFormats.DateTime) + ");");
                    CloseNullCheck(writer, value != item);
                }
            }
            else
            {
                writer.Line("http.AddQuery(" + Literals.String(member.BindingName!) + ", " +
                    HttpValueFormats.Format(member.Type, local, TimestampFormats.Of(member), TimestampFormats.DateTime) + ");");
            }
        }
    }

    private static void WriteQueryParams(SourceWriter writer, MemberSpec member, List<string> explicitNames, LocalNames locals)
    {
        if (member.Type.Kind != TypeKind.Map)
        {
            return;
        }

        var map = locals.Next("qp");
        var entry = locals.Next("entry");
        using (writer.Block("if (request." + member.PropertyName + " is { } " + map + ")"))
        using (writer.Block("foreach (var " + entry + " in " + map + ")"))
        {
            // Parameters bound to their own members take precedence over the catch-all map.
            if (explicitNames.Count > 0)
            {
                writer.Line("if (" + string.Join(" || ", explicitNames.Select(n => entry + ".Key == " + Literals.String(n))) + ") continue;");
            }

            var valueType = member.Type.Value!;
            if (valueType.Kind == TypeKind.List)
            {
                var item = locals.Next("item");
                writer.Line("if (" + entry + ".Value is null) continue;");
                using (writer.Block("foreach (var " + item + " in " + entry + ".Value)"))
                {
                    var value = WithNullCheck(writer, valueType.Element!, item, true, locals);
                    writer.Line("http.AddQuery(" + entry + ".Key, " + HttpValueFormats.Format(valueType.Element!, value, null, TimestampFormats.DateTime) + ");");
                    CloseNullCheck(writer, value != item);
                }
            }
            else
            {
                var value = WithNullCheck(writer, valueType, entry + ".Value", member.Type.Sparse, locals);
                writer.Line("http.AddQuery(" + entry + ".Key, " + HttpValueFormats.Format(valueType, value, null, TimestampFormats.DateTime) + ");");
                CloseNullCheck(writer, value != entry + ".Value");
            }
        }
    }

    private static void WriteHeader(SourceWriter writer, MemberSpec member, LocalNames locals)
    {
        var local = locals.Next("h");
        var name = Literals.String(member.BindingName!);

        // An empty list sends no header at all, as botocore does (there is no value to send).
        var pattern = member.Type.Kind == TypeKind.List ? " is { Count: > 0 } " : " is { } ";
        using (writer.Block("if (request." + member.PropertyName + pattern + local + ")"))
        {
            if (member.Type.Kind == TypeKind.List)
            {
                var element = member.Type.Element!;
                var values = locals.Next("values");
                var item = locals.Next("item");
                writer.Line("var " + values + " = new " + KnownTypes.List + "<string>();");
                using (writer.Block("foreach (var " + item + " in " + local + ")"))
                {
                    var value = WithNullCheck(writer, element, item, member.Type.Sparse, locals);
                    writer.Line(values + ".Add(" + HttpValueFormats.Format(element, value, TimestampFormats.Of(member), TimestampFormats.HttpDate) + ");");
                    CloseNullCheck(writer, value != item);
                }

                // HTTP-dates contain commas themselves, so a list of them is joined as is, never quoted.
                writer.Line(element.Kind == TypeKind.Timestamp
                    ? "http.AddHeader(" + name + ", string.Join(\", \", " + values + "));"
                    : "http.AddHeader(" + name + ", " + KnownTypes.HttpFormat + ".FormatHeaderList(" + values + "));");
            }
            else if (HttpValueFormats.IsJsonValue(member))
            {
                writer.Line("http.AddHeader(" + name + ", " + KnownTypes.HttpFormat + ".ToBase64Json(" + local + "));");
            }
            else
            {
                writer.Line("http.AddHeader(" + name + ", " + HttpValueFormats.Format(member.Type, local, TimestampFormats.Of(member), TimestampFormats.HttpDate) + ");");
            }
        }
    }

    private static void WritePrefixHeaders(SourceWriter writer, MemberSpec member, LocalNames locals)
    {
        if (member.Type.Kind != TypeKind.Map)
        {
            return;
        }

        var map = locals.Next("ph");
        var entry = locals.Next("entry");
        using (writer.Block("if (request." + member.PropertyName + " is { } " + map + ")"))
        using (writer.Block("foreach (var " + entry + " in " + map + ")"))
        {
            var value = WithNullCheck(writer, member.Type.Value!, entry + ".Value", member.Type.Sparse, locals);
            writer.Line("http.AddHeader(" + Literals.String(member.BindingName ?? "") + " + " + entry + ".Key, " +
                HttpValueFormats.Format(member.Type.Value!, value, null, TimestampFormats.HttpDate) + ");");
            CloseNullCheck(writer, value != entry + ".Value");
        }
    }

    private static void WritePayload(SourceWriter writer, MemberSpec member, string ns, LocalNames locals)
    {
        var local = locals.Next("payload");
        var mediaType = member.Type.MediaType;
        using (writer.Block("if (request." + member.PropertyName + " is { } " + local + ")"))
        {
            switch (member.Type.Kind)
            {
                case TypeKind.Blob:
                    writer.Line("http.ContentType = " + Literals.String(mediaType ?? "application/octet-stream") + ";");
                    writer.Line("http.SetBody(" + local + ");");
                    break;
                case TypeKind.String:
                case TypeKind.Enum:
                    var text = member.Type.Kind == TypeKind.Enum ? local + ".Value" : local;
                    writer.Line("http.ContentType = " + Literals.String(mediaType ?? "text/plain") + ";");
                    writer.Line("http.SetBody(global::System.Text.Encoding.UTF8.GetBytes(" + text + "));");
                    break;
                default:
                    writer.Line("http.ContentType = " + Literals.String(mediaType ?? "application/json") + ";");
                    writer.Line("var writer = http.GetJsonWriter();");
                    new JsonValueEmitter(writer, ns, locals).Write(member.Type, local, TimestampFormats.Of(member));
                    break;
            }
        }

        if (member.Type.Kind == TypeKind.Structure)
        {
            // An unset structure payload is still an (empty) JSON object on the wire.
            using (writer.Block("else"))
            {
                writer.Line("http.ContentType = \"application/json\";");
                writer.Line("var writer = http.GetJsonWriter();");
                writer.Line("writer.WriteStartObject();");
                writer.Line("writer.WriteEndObject();");
            }
        }
    }

    /// <summary>Opens a null check for a sparse or reference element and returns the non-null value to use.</summary>
    private static string WithNullCheck(SourceWriter writer, TypeRef element, string value, bool sparse, LocalNames locals)
    {
        if (!sparse && element.IsValueType)
        {
            return value;
        }

        var local = locals.Next("v");
        writer.Line("if (" + value + " is { } " + local + ")");
        writer.Line("{");
        writer.Indentation++;
        return local;
    }

    private static void CloseNullCheck(SourceWriter writer, bool opened)
    {
        if (opened)
        {
            writer.Indentation--;
            writer.Line("}");
        }
    }
}
