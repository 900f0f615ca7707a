using System;
using System.Collections.Generic;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit.Client;

/// <summary>Emits the service descriptor: identity for signing and endpoints, and the map from error codes to exception types.</summary>
internal static class ErrorFactoryEmitter
{
    public static SourceText Emit(ErrorFactoryUnit unit)
    {
        var context = unit.Context;
        var info = context.Info;
        var baseException = context.TypeRef(context.Names.BaseException);
        var writer = FileWriter.Start(context.InternalNamespace);
        writer.Line("/// <summary>What the runtime needs to know about the " + DocComments.Escape(context.Names.ClientName) + " service.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block("internal static class " + context.Names.ErrorFactory))
        {
            writer.Line("/// <summary>Identity, signing name and error mapping of the service.</summary>");
            writer.Line("public static readonly " + KnownTypes.ServiceMetadata + " Metadata = new " + KnownTypes.ServiceMetadata + "(");
            writer.Indentation++;
            writer.Line(Literals.String(info.ServiceId) + ",");
            writer.Line(Literals.String(info.EndpointPrefix) + ",");
            writer.Line(Literals.String(info.SigningName) + ",");
            writer.Line(Literals.String(info.ApiVersion) + ",");
            writer.Line("Create,");
            var flags = new List<string>();
            if (info.Protocol is Protocol.AwsJson1_0 or Protocol.AwsJson1_1)
            {
                flags.Add("AwsJson = true");
            }

            if (info.IsQueryCompatible)
            {
                flags.Add("QueryCompatible = true");
            }

            if (info.ResponseCrc32)
            {
                flags.Add("ResponseCrc32 = true");
            }

            writer.Line("CreateServiceException)" + (flags.Count == 0 ? ";" : " { " + string.Join(", ", flags) + " };"));
            writer.Indentation--;
            writer.Line();
            if (info.IsQueryCompatible)
            {
                WriteQueryCompatibleCreate(writer, baseException);
            }

            writer.Line(info.IsQueryCompatible
                ? "/// <summary>The modelled exception of an error code, or null when the model does not know the code.</summary>"
                : "/// <summary>Maps a resolved error code to its modelled exception; an unknown code becomes the service's base exception.</summary>");
            var returns = info.IsQueryCompatible ? KnownTypes.ServiceException + "?" : KnownTypes.ServiceException;
            var signature = info.IsQueryCompatible
                ? "private static " + returns + " CreateKnown(string? code, " + KnownTypes.HttpResponseData + " response, " + KnownTypes.ServiceErrorDetails + " details, string? message)"
                : "private static " + returns + " Create(" + KnownTypes.HttpResponseData + " response, " + KnownTypes.ServiceErrorDetails + " details, string? message)";
            using (writer.Block(signature))
            {
                using (writer.Block(info.IsQueryCompatible ? "switch (code)" : "switch (details.ErrorCode)"))
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var error in unit.Errors)
                    {
                        var labels = 0;
                        foreach (var code in new[] { error.Error!.Code, error.ShapeName })
                        {
                            if (seen.Add(code))
                            {
                                writer.Line("case " + Literals.String(code) + ":");
                                labels++;
                            }
                        }

                        if (labels == 0)
                        {
                            continue;
                        }

                        writer.Indentation++;
                        writer.Line("return " + context.TypeRef(error.TypeName) + ".FromResponse(response, details, message);");
                        writer.Indentation--;
                    }

                    writer.Line("default:");
                    writer.Indentation++;
                    writer.Line(info.IsQueryCompatible ? "return null;" : "return new " + baseException + "(message, details);");
                    writer.Indentation--;
                }
            }

            writer.Line();
            writer.Line("/// <summary>The base exception, for unknown codes and responses that cannot be parsed.</summary>");
            writer.Line("private static " + KnownTypes.ServiceException + " CreateServiceException(string? message, " + KnownTypes.ServiceErrorDetails +
                " details, " + KnownTypes.Exception + "? innerException) => new " + baseException + "(message, details, innerException);");
        }

        return FileWriter.Finish(writer);
    }

    /// <summary>
    /// A query-compatible service reports its query error code, which botocore models of some services
    /// (SQS) do not state; such an error is then found by its JSON code, as botocore finds it.
    /// </summary>
    private static void WriteQueryCompatibleCreate(Helpers.SourceWriter writer, string baseException)
    {
        writer.Line("/// <summary>Maps the query error code, else the JSON error code, to its modelled exception; an unknown code becomes the service's base exception.</summary>");
        writer.Line("private static " + KnownTypes.ServiceException + " Create(" + KnownTypes.HttpResponseData + " response, " + KnownTypes.ServiceErrorDetails +
            " details, string? message) =>");
        writer.Indentation++;
        writer.Line("CreateKnown(details.ErrorCode, response, details, message)");
        writer.Line("?? CreateKnown(details.JsonErrorCode, response, details, message)");
        writer.Line("?? new " + baseException + "(message, details);");
        writer.Indentation--;
        writer.Line();
    }
}
