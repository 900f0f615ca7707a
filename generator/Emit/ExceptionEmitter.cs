using System;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit;

/// <summary>Emits the per-service base exception and one exception type per modelled error shape.</summary>
internal static class ExceptionEmitter
{
    private const string ConstructorParameters = "string? message = null, " + KnownTypes.ServiceErrorDetails + "? details = null, " + KnownTypes.Exception + "? innerException = null";

    public static SourceText EmitBase(BaseExceptionUnit unit)
    {
        var context = unit.Context;
        var name = context.Names.BaseException;
        var writer = FileWriter.Start(context.Namespace);
        DocComments.WriteSummary(writer, null,
            $"An error returned by the {context.Names.ClientName} service. Modelled errors derive from it; an error code this client does not know arrives as this type, with its code, status, request id and raw body.");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block(context.TypeModifier + " partial class " + name + " : " + KnownTypes.ServiceException))
        {
            WriteConstructor(writer, name);
        }

        return FileWriter.Finish(writer);
    }

    public static SourceText Emit(ExceptionUnit unit)
    {
        var context = unit.Context;
        var error = unit.Structure;
        var writer = FileWriter.Start(context.Namespace);
        DocComments.WriteSummary(writer, error.Documentation, $"The {DocComments.Escape(error.ShapeName)} error of the {context.Names.ClientName} service.");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        FileWriter.WriteObsolete(writer, error.Deprecation);
        using (writer.Block(context.TypeModifier + " sealed partial class " + error.TypeName + " : " + context.TypeRef(context.Names.BaseException)))
        {
            WriteConstructor(writer, error.TypeName);
            foreach (var member in error.Members)
            {
                if (IsMessage(member))
                {
                    continue;
                }

                writer.Line();
                DocComments.WriteSummary(writer, member.Documentation, $"The {DocComments.Escape(member.Name)} member of the error.");
                FileWriter.WriteObsolete(writer, member.Deprecation);
                var initializer = DefaultValues.Expression(member, context.Namespace);
                var type = TypeNames.Of(member.Type, context.Namespace) + (initializer is null ? "?" : "");
                writer.Line("public " + type + " " + member.PropertyName + " { get; init; }" + (initializer is null ? "" : " = " + initializer + ";"));
            }

            WriteFromResponse(writer, context, error);

            if (error.Error!.IsThrottling)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override bool IsThrottling => true;");
            }

            if (error.Error.IsRetryable || error.Error.IsThrottling)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override bool IsRetryable => true;");
            }
        }

        return FileWriter.Finish(writer);
    }

    /// <summary>Builds the exception from an error response: modelled members from the body (and headers for restJson1).</summary>
    private static void WriteFromResponse(Helpers.SourceWriter writer, ServiceContext context, StructureSpec error)
    {
        var type = context.TypeRef(error.TypeName);
        writer.Line();
        writer.Line("/// <summary>Creates the exception from an error response of the service.</summary>");
        using (writer.Block("internal static " + type + " FromResponse(" + KnownTypes.HttpResponseData + " response, " + KnownTypes.ServiceErrorDetails + " details, string? message)"))
        {
            var members = Http.RestJsonResponseEmitter.ReadMembers(writer, context, error, context.Info.Protocol == Protocol.RestJson1);
            var messageMember = System.Linq.Enumerable.FirstOrDefault(error.Members, IsMessage);
            var message = messageMember is null ? "message" : members.LocalOf(messageMember) + " ?? message";
            var initializers = System.Linq.Enumerable.ToList(members.Initializers(System.Linq.Enumerable.Where(error.Members, m => !IsMessage(m))));
            if (initializers.Count == 0)
            {
                writer.Line("return new " + type + "(" + message + ", details);");
                return;
            }

            writer.Line("return new " + type + "(" + message + ", details)");
            writer.Line("{");
            writer.Indentation++;
            foreach (var initializer in initializers)
            {
                writer.Line(initializer + ",");
            }

            writer.Indentation--;
            writer.Line("};");
        }
    }

    /// <summary>A modelled string <c>message</c> becomes the exception's own message rather than a property.</summary>
    public static bool IsMessage(MemberSpec member) =>
        member.Type.Kind == TypeKind.String && string.Equals(member.Name, "message", StringComparison.OrdinalIgnoreCase);

    private static void WriteConstructor(Helpers.SourceWriter writer, string name)
    {
        writer.Line("/// <summary>Creates the exception. Generated clients fill <paramref name=\"details\"/> from the HTTP response.</summary>");
        writer.Line("/// <param name=\"message\">The message the service sent.</param>");
        writer.Line("/// <param name=\"details\">Status code, error code, request id and raw body of the response.</param>");
        writer.Line("/// <param name=\"innerException\">The exception that caused this one, if any.</param>");
        writer.Line("public " + name + "(" + ConstructorParameters + ")");
        writer.Line("    : base(message, details, innerException)");
        writer.Line("{");
        writer.Line("}");
    }
}
