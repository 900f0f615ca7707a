using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Json;

/// <summary>
/// Emits the statements that write one value with <c>Utf8JsonWriter</c> or read one value with
/// <c>Utf8JsonReader</c>, for every kind of <see cref="TypeRef"/>. Structures and unions delegate
/// to their own generated <c>WriteJson</c>/<c>ReadJson</c>; lists and maps are written inline.
/// </summary>
internal sealed class JsonValueEmitter
{
    private readonly SourceWriter _writer;
    private readonly string _ns;
    private readonly LocalNames _locals;

    public JsonValueEmitter(SourceWriter writer, string ns, LocalNames locals)
    {
        _writer = writer;
        _ns = ns;
        _locals = locals;
    }

    /// <summary>Writes <paramref name="value"/> (non-null) as a JSON value with the writer named <c>writer</c>.</summary>
    public void Write(TypeRef type, string value, string? timestampFormat)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
                _writer.Line("writer.WriteStringValue(" + value + ");");
                break;
            case TypeKind.Boolean:
                _writer.Line("writer.WriteBooleanValue(" + value + ");");
                break;
            case TypeKind.Byte:
            case TypeKind.Short:
            case TypeKind.Integer:
            case TypeKind.Long:
            case TypeKind.BigDecimal:
                _writer.Line("writer.WriteNumberValue(" + value + ");");
                break;
            case TypeKind.BigInteger:
                _writer.Line("writer.WriteRawValue(" + value + ".ToString(" + KnownTypes.CultureInfo + ".InvariantCulture));");
                break;
            case TypeKind.Float:
                _writer.Line(KnownTypes.JsonWrite + ".Float(writer, " + value + ");");
                break;
            case TypeKind.Double:
                _writer.Line(KnownTypes.JsonWrite + ".Double(writer, " + value + ");");
                break;
            case TypeKind.Timestamp:
                _writer.Line(KnownTypes.JsonWrite + ".Timestamp(writer, " + value + ", " + TimestampFormats.Runtime(timestampFormat ?? type.TimestampFormat, TimestampFormats.EpochSeconds) + ");");
                break;
            case TypeKind.Blob:
                _writer.Line(KnownTypes.JsonWrite + ".Blob(writer, " + value + ");");
                break;
            case TypeKind.Document:
                _writer.Line(value + ".WriteTo(writer);");
                break;
            case TypeKind.Enum:
                _writer.Line("writer.WriteStringValue(" + value + ".Value);");
                break;
            case TypeKind.IntEnum:
                _writer.Line("writer.WriteNumberValue(" + value + ".Value);");
                break;
            case TypeKind.Structure:
            case TypeKind.Union:
                _writer.Line(TypeNames.Named(type, _ns) + ".WriteJson(writer, " + value + ");");
                break;
            case TypeKind.List:
                WriteList(type, value);
                break;
            case TypeKind.Map:
                WriteMap(type, value);
                break;
        }
    }

    /// <summary>
    /// Reads the value the reader (named <c>reader</c>) is positioned on into <paramref name="target"/>;
    /// the caller has already handled a JSON null.
    /// </summary>
    public void Read(TypeRef type, string target, string? timestampFormat)
    {
        switch (type.Kind)
        {
            case TypeKind.List:
                ReadList(type, target);
                return;
            case TypeKind.Map:
                ReadMap(type, target);
                return;
            default:
                _writer.Line(target + " = " + ReadExpression(type, timestampFormat) + ";");
                return;
        }
    }

    /// <summary>An expression reading a scalar, structure or union value.</summary>
    public string ReadExpression(TypeRef type, string? timestampFormat) => type.Kind switch
    {
        TypeKind.String => "reader.GetString()!",
        TypeKind.Boolean => "reader.GetBoolean()",
        TypeKind.Byte => "reader.GetSByte()",
        TypeKind.Short => "reader.GetInt16()",
        TypeKind.Integer => "reader.GetInt32()",
        TypeKind.Long => "reader.GetInt64()",
        TypeKind.BigDecimal => "reader.GetDecimal()",
        TypeKind.BigInteger => KnownTypes.BigInteger + ".Parse(global::System.Text.Encoding.UTF8.GetString(reader.ValueSpan), " + KnownTypes.CultureInfo + ".InvariantCulture)",
        TypeKind.Float => KnownTypes.JsonRead + ".Float(ref reader)",
        TypeKind.Double => KnownTypes.JsonRead + ".Double(ref reader)",
        TypeKind.Timestamp => KnownTypes.JsonRead + ".Timestamp(ref reader, " + TimestampFormats.Runtime(timestampFormat ?? type.TimestampFormat, TimestampFormats.EpochSeconds) + ")",
        TypeKind.Blob => KnownTypes.JsonRead + ".Blob(ref reader)",
        TypeKind.Document => KnownTypes.JsonRead + ".Document(ref reader)",
        TypeKind.Enum => "new " + TypeNames.Named(type, _ns) + "(reader.GetString()!)",
        TypeKind.IntEnum => "new " + TypeNames.Named(type, _ns) + "(reader.GetInt32())",
        _ => TypeNames.Named(type, _ns) + ".ReadJson(ref reader)",
    };

    private void WriteList(TypeRef type, string value)
    {
        // An indexer loop: foreach over IReadOnlyList<T> would box an enumerator per list.
        var list = _locals.Next("list");
        var index = _locals.Next("i");
        _writer.Line("var " + list + " = " + value + ";");
        _writer.Line("writer.WriteStartArray();");
        using (_writer.Block("for (var " + index + " = 0; " + index + " < " + list + ".Count; " + index + "++)"))
        {
            WriteElement(type.Element!, list + "[" + index + "]", type.Sparse);
        }

        _writer.Line("writer.WriteEndArray();");
    }

    private void WriteMap(TypeRef type, string value)
    {
        var entry = _locals.Next("entry");
        _writer.Line("writer.WriteStartObject();");
        using (_writer.Block("foreach (var " + entry + " in " + value + ")"))
        {
            _writer.Line("writer.WritePropertyName(" + entry + ".Key);");
            WriteElement(type.Value!, entry + ".Value", type.Sparse);
        }

        _writer.Line("writer.WriteEndObject();");
    }

    private void WriteElement(TypeRef element, string value, bool sparse)
    {
        if (sparse || !element.IsValueType)
        {
            var local = _locals.Next("v");
            using (_writer.Block("if (" + value + " is { } " + local + ")"))
            {
                Write(element, local, null);
            }

            using (_writer.Block("else"))
            {
                _writer.Line("writer.WriteNullValue();");
            }
        }
        else
        {
            Write(element, value, null);
        }
    }

    private void ReadList(TypeRef type, string target)
    {
        var list = _locals.Next("list");
        _writer.Line("var " + list + " = new " + TypeNames.Builder(type, _ns) + "();");
        using (_writer.Block("while (reader.Read() && reader.TokenType != " + KnownTypes.JsonTokenType + ".EndArray)"))
        {
            ReadElement(type.Element!, type.Sparse, item => _writer.Line(list + ".Add(" + item + ");"));
        }

        _writer.Line(target + " = " + list + ";");
    }

    private void ReadMap(TypeRef type, string target)
    {
        var map = _locals.Next("map");
        var key = _locals.Next("key");
        _writer.Line("var " + map + " = new " + TypeNames.Builder(type, _ns) + "();");
        using (_writer.Block("while (reader.Read() && reader.TokenType != " + KnownTypes.JsonTokenType + ".EndObject)"))
        {
            _writer.Line("var " + key + " = reader.GetString()!;");
            _writer.Line("reader.Read();");
            ReadElement(type.Value!, type.Sparse, item => _writer.Line(map + "[" + key + "] = " + item + ";"));
        }

        _writer.Line(target + " = " + map + ";");
    }

    /// <summary>Reads one element; nulls are kept in sparse collections and dropped from dense ones.</summary>
    private void ReadElement(TypeRef element, bool sparse, System.Action<string> add)
    {
        using (_writer.Block("if (reader.TokenType == " + KnownTypes.JsonTokenType + ".Null)"))
        {
            if (sparse)
            {
                add("null");
            }

            _writer.Line("continue;");
        }

        if (element.Kind is TypeKind.List or TypeKind.Map)
        {
            var local = _locals.Next("nested");
            _writer.Line(TypeNames.Of(element, _ns) + " " + local + ";");
            Read(element, local, null);
            add(local);
        }
        else
        {
            add(ReadExpression(element, null));
        }
    }
}
