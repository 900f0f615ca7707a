using System.Linq;
using CodeGen.Generator.Emit.Json;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit.Http;

/// <summary>
/// Emits one operation's internal class: it fills idempotency tokens, validates, writes the HTTP
/// request (restJson1 bindings or awsJson's single POST) and parses the success response.
/// </summary>
internal static class OperationEmitter
{
    public static string RequestType(ServiceContext context, OperationSpec operation) =>
        operation.Input is null ? KnownTypes.Object : context.TypeRef(operation.Input.TypeName);

    public static string ResponseType(ServiceContext context, OperationSpec operation) =>
        operation.Output is null ? KnownTypes.Object : context.TypeRef(operation.Output.TypeName);

    public static SourceText Emit(OperationUnit unit)
    {
        var context = unit.Context;
        var operation = unit.Operation;
        var requestType = RequestType(context, operation);
        var responseType = ResponseType(context, operation);
        var writer = FileWriter.Start(context.InternalNamespace);
        writer.Line("/// <summary>Serializes " + DocComments.Escape(operation.Name) + " requests and parses its responses.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block("internal sealed class " + operation.ClassName + " : " + KnownTypes.Operation + "<" + requestType + ", " + responseType + ">"))
        {
            writer.Line("/// <summary>The single instance; the class holds no state.</summary>");
            writer.Line("public static readonly " + operation.ClassName + " Instance = new " + operation.ClassName + "();");
            writer.Line();
            writer.Line("private " + operation.ClassName + "()");
            writer.Line("    : base(" + Literals.String(operation.Name) + ")");
            writer.Line("{");
            writer.Line("}");

            if (!operation.IsSigned)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override bool IsSigned => false;");
            }

            if (unit.Input is { } input)
            {
                WritePrepare(writer, input, requestType);
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override void Validate(" + requestType + " request) => request.EnsureValid();");
            }

            writer.Line();
            writer.Line("/// <inheritdoc/>");
            using (writer.Block("public override void WriteRequest(" + requestType + " request, " + KnownTypes.HttpRequestData + " http)"))
            {
                if (operation.RequestCompression)
                {
                    writer.Line("http.RequestCompression = true;");
                }

                if (operation.ChecksumRequired)
                {
                    writer.Line("http.ChecksumRequired = true;");
                }

                if (context.Info.Protocol == Protocol.RestJson1)
                {
                    RestJsonRequestEmitter.Write(writer, context, operation, unit.Input);
                }
                else
                {
                    WriteAwsJsonRequest(writer, context, operation, unit.Input);
                }
            }

            writer.Line();
            writer.Line("/// <inheritdoc/>");
            using (writer.Block("public override " + responseType + " ReadResponse(" + KnownTypes.HttpResponseData + " response)"))
            {
                if (unit.Output is null)
                {
                    writer.Line("return response;");
                }
                else if (context.Info.Protocol == Protocol.RestJson1)
                {
                    RestJsonResponseEmitter.Write(writer, context, unit.Output);
                }
                else
                {
                    WriteAwsJsonResponse(writer, responseType);
                }
            }
        }

        return FileWriter.Finish(writer);
    }

    private static void WritePrepare(SourceWriter writer, StructureSpec input, string requestType)
    {
        var tokens = input.Members.Where(m => m.IsIdempotencyToken && m.Type.Kind == TypeKind.String).ToList();
        if (tokens.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <summary>Fills idempotency tokens once per call, so every retry of the call sends the same token.</summary>");
        writer.Line("/// <param name=\"request\">The caller's request.</param>");
        writer.Line("/// <param name=\"options\">The client options with the token provider.</param>");
        writer.Line("/// <returns>The request with every token set.</returns>");
        using (writer.Block("public override " + requestType + " PrepareRequest(" + requestType + " request, " + KnownTypes.ClientOptions + " options)"))
        {
            foreach (var token in tokens)
            {
                using (writer.Block("if (request." + token.PropertyName + " is null)"))
                {
                    writer.Line("request = request with { " + token.PropertyName + " = options.IdempotencyTokenProvider() };");
                }
            }

            writer.Line("return request;");
        }
    }

    private static void WriteAwsJsonRequest(SourceWriter writer, ServiceContext context, OperationSpec operation, StructureSpec? input)
    {
        var version = context.Info.Protocol == Protocol.AwsJson1_0 ? "1.0" : "1.1";
        writer.Line("http.Method = \"POST\";");
        writer.Line("http.AppendPath(\"/\");");
        writer.Line("http.AddHeader(\"X-Amz-Target\", " + Literals.String((context.Info.TargetPrefix ?? context.Info.ServiceId) + "." + operation.Name) + ");");
        writer.Line("http.ContentType = \"application/x-amz-json-" + version + "\";");
        HostPrefixEmitter.Write(writer, operation, input);
        writer.Line("var writer = http.GetJsonWriter();");
        if (input is null)
        {
            writer.Line("writer.WriteStartObject();");
            writer.Line("writer.WriteEndObject();");
        }
        else
        {
            writer.Line(context.TypeRef(input.TypeName) + ".WriteJson(writer, request);");
        }
    }

    private static void WriteAwsJsonResponse(SourceWriter writer, string responseType)
    {
        using (writer.Block("if (response.Body.IsEmpty)"))
        {
            writer.Line("return " + responseType + ".ErrorCorrected();");
        }

        writer.Line("var reader = new " + KnownTypes.Utf8JsonReader + "(response.Body.Span);");
        writer.Line("reader.Read();");
        writer.Line("return " + responseType + ".ReadJson(ref reader);");
    }
}
