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
            writer.Line("CreateServiceException);");
            writer.Indentation--;
            writer.Line();
            writer.Line("/// <summary>Maps a resolved error code to its modelled exception; an unknown code becomes the service's base exception.</summary>");
            using (writer.Block("private static " + KnownTypes.ServiceException + " Create(" + KnownTypes.HttpResponseData + " response, " +
                KnownTypes.ServiceErrorDetails + " details, string? message)"))
            {
                using (writer.Block("switch (details.ErrorCode)"))
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
                    writer.Line("return new " + baseException + "(message, details);");
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
}
