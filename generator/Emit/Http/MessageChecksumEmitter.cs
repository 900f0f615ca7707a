using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Http;

/// <summary>
/// Emits an SQS operation's <c>VerifyResponse</c>: the MD5s SQS returns for message bodies and attributes
/// must match what was sent (SendMessage, SendMessageBatch) or received (ReceiveMessage), as the AWS SDKs
/// check; <c>DisableMessageChecksumValidation</c> on the options skips it.
/// </summary>
internal static class MessageChecksumEmitter
{
    private const string Checksums = "global::CodeGen.Runtime.Integrity.MessageChecksums";
    private const string Digest = "global::CodeGen.Runtime.Integrity.MessageAttributesDigest";

    public static void Write(SourceWriter writer, ServiceContext context, MessageChecksumSpec spec, string requestType, string responseType)
    {
        writer.Line();
        writer.Line("/// <summary>Checks the MD5s SQS returned against the messages, unless the options disable it.</summary>");
        writer.Line("/// <param name=\"request\">The request sent.</param>");
        writer.Line("/// <param name=\"response\">The response read.</param>");
        writer.Line("/// <param name=\"http\">The raw response, for the exception.</param>");
        writer.Line("/// <param name=\"options\">The client options.</param>");
        using (writer.Block("public override void VerifyResponse(" + requestType + " request, " + responseType + " response, " + KnownTypes.HttpResponseData +
            " http, " + KnownTypes.ClientOptions + " options)"))
        {
            using (writer.Block("if (options is " + context.TypeRef(context.Names.OptionsClass) + " { DisableMessageChecksumValidation: true })"))
            {
                writer.Line("return;");
            }

            writer.Line();
            switch (spec.Kind)
            {
                case MessageChecksumKind.Send:
                    WriteChecks(writer, spec, "request", "response", "null");
                    break;
                case MessageChecksumKind.SendBatch:
                    using (writer.Block("if (request." + spec.Entries + " is not { } entries || response." + spec.Results + " is not { } results)"))
                    {
                        writer.Line("return;");
                    }

                    using (writer.Block("foreach (var result in results)"))
                    using (writer.Block("foreach (var entry in entries)"))
                    {
                        // Each successful result answers the entry with the same id.
                        using (writer.Block("if (entry." + spec.EntryId + " == result." + spec.ResultId + ")"))
                        {
                            WriteChecks(writer, spec, "entry", "result", "result." + spec.ResultId);
                            writer.Line("break;");
                        }
                    }

                    break;
                default:
                    using (writer.Block("if (response." + spec.Results + " is not { } messages)"))
                    {
                        writer.Line("return;");
                    }

                    using (writer.Block("foreach (var message in messages)"))
                    {
                        WriteChecks(writer, spec, "message", "message", "message." + spec.ResultId);
                    }

                    break;
            }
        }
    }

    private static void WriteChecks(SourceWriter writer, MessageChecksumSpec spec, string sent, string returned, string messageId)
    {
        using (writer.Block("if (" + sent + "." + spec.Body + " is { } body && " + returned + "." + spec.BodyMd5 + " is { } bodyMd5)"))
        {
            writer.Line(Checksums + ".VerifyBody(body, bodyMd5, " + messageId + ", http);");
        }

        using (writer.Block("if (" + sent + "." + spec.Attributes + " is { Count: > 0 } attributes && " + returned + "." + spec.AttributesMd5 + " is { } attributesMd5)"))
        {
            var value = spec.Value;
            writer.Line("var digest = new " + Digest + "();");
            using (writer.Block("foreach (var attribute in attributes)"))
            {
                writer.Line("digest.Add(attribute.Key, attribute.Value." + value.DataType + ", attribute.Value." + value.StringValue + ", attribute.Value." +
                    value.BinaryValue + ", attribute.Value." + value.StringListValues + ", attribute.Value." + value.BinaryListValues + ");");
            }

            writer.Line(Checksums + ".VerifyAttributes(digest, attributesMd5, " + messageId + ", http);");
        }
    }
}
