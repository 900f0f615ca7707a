using System.Linq;
using CodeGen.Generator.Emit.Http;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Emit.Client;

/// <summary>Emits the client interface (for mocking), the client class and its options class.</summary>
internal static class ClientEmitter
{
    private const string NoInput = "s_noInput";

    public static SourceText Emit(ClientUnit unit) => unit.Part switch
    {
        ClientPart.Interface => EmitInterface(unit),
        ClientPart.Options => EmitOptions(unit),
        _ => EmitClass(unit),
    };

    public static string TypeNameOf(ClientUnit unit) => unit.Part switch
    {
        ClientPart.Interface => unit.Context.Names.ClientInterface,
        ClientPart.Options => unit.Context.Names.OptionsClass,
        _ => unit.Context.Names.ClientClass,
    };

    private static SourceText EmitOptions(ClientUnit unit)
    {
        var names = unit.Context.Names;
        var writer = FileWriter.Start(unit.Context.Namespace);
        writer.Line("/// <summary>Options of <see cref=\"" + names.ClientClass + "\"/>: region, endpoint, credentials, HttpClient, retries, timeouts, validation.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        writer.Line(unit.Context.TypeModifier + " sealed partial class " + names.OptionsClass + " : " + KnownTypes.ClientOptions);
        writer.Line("{");
        writer.Line("}");
        return FileWriter.Finish(writer);
    }

    private static SourceText EmitInterface(ClientUnit unit)
    {
        var context = unit.Context;
        var writer = FileWriter.Start(context.Namespace);
        writer.Line("/// <summary>The operations of the " + DocComments.Escape(context.Info.Title ?? context.Names.ClientName) +
            " service. Implemented by <see cref=\"" + context.Names.ClientClass + "\"/>; mock it in tests of code that calls the service.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block(context.TypeModifier + " partial interface " + context.Names.ClientInterface + " : global::System.IDisposable"))
        {
            var first = true;
            foreach (var operation in Supported(unit))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteDocs(writer, context, operation);
                writer.Line(Signature(context, operation) + ";");
                if (operation.Pagination is { } pagination)
                {
                    writer.Line();
                    WritePagesDocs(writer, operation);
                    writer.Line(PagesSignature(context, operation) + ";");
                    if (pagination.ItemType is not null)
                    {
                        writer.Line();
                        WriteItemsDocs(writer, operation);
                        writer.Line(ItemsSignature(context, operation, pagination) + ";");
                    }
                }
            }
        }

        return FileWriter.Finish(writer);
    }

    private static SourceText EmitClass(ClientUnit unit)
    {
        var context = unit.Context;
        var names = context.Names;
        var writer = FileWriter.Start(context.Namespace);
        writer.Line("/// <summary>Client of the " + DocComments.Escape(context.Info.Title ?? names.ClientName) +
            " service. Thread-safe: create one per configuration and reuse it.</summary>");
        writer.Line(FileWriter.GeneratedCodeAttribute);
        using (writer.Block(context.TypeModifier + " sealed partial class " + names.ClientClass + " : " + names.ClientInterface))
        {
            if (Supported(unit).Any(o => o.Input is null))
            {
                writer.Line("private static readonly object " + NoInput + " = new object();");
            }

            writer.Line("private readonly " + KnownTypes.ClientRuntime + " _runtime;");
            writer.Line();
            writer.Line("/// <summary>Creates a client configured from the environment (region, credentials, shared profile).</summary>");
            writer.Line("public " + names.ClientClass + "()");
            writer.Line("    : this(new " + context.TypeRef(names.OptionsClass) + "())");
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            writer.Line("/// <summary>Creates a client with the given options.</summary>");
            writer.Line("/// <param name=\"options\">Region, endpoint, credentials, HttpClient, retries, timeouts and validation.</param>");
            using (writer.Block("public " + names.ClientClass + "(" + context.TypeRef(names.OptionsClass) + " options)"))
            {
                writer.Line(KnownTypes.ArgumentNullException + ".ThrowIfNull(options);");
                writer.Line("_runtime = new " + KnownTypes.ClientRuntime + "(" + context.InternalTypeRef(names.ErrorFactory) + ".Metadata, options);");
            }

            foreach (var operation in Supported(unit))
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                WriteObsolete(writer, operation);
                var request = operation.Input is null ? NoInput : "request";
                var call = "_runtime.InvokeAsync<" + OperationEmitter.RequestType(context, operation) + ", " + OperationEmitter.ResponseType(context, operation) + ">(" +
                    request + ", " + context.InternalTypeRef(operation.ClassName) + ".Instance, cancellationToken)";
                writer.Line("public " + Signature(context, operation) + " => " + call + ";");
                if (operation.Pagination is { } pagination)
                {
                    WritePagesMethod(writer, context, operation, pagination);
                    if (pagination.ItemType is not null)
                    {
                        WriteItemsMethod(writer, context, operation, pagination);
                    }
                }
            }

            writer.Line();
            writer.Line("/// <summary>Releases the HttpClient the client created itself; an injected HttpClient is never disposed.</summary>");
            writer.Line("public void Dispose() => _runtime.Dispose();");
        }

        return FileWriter.Finish(writer);
    }

    private static System.Collections.Generic.IEnumerable<OperationSpec> Supported(ClientUnit unit) =>
        unit.Operations.Where(o => o.UnsupportedReason is null);

    private static string Signature(ServiceContext context, OperationSpec operation)
    {
        var returns = operation.Output is null ? KnownTypes.Task : KnownTypes.Task + "<" + context.TypeRef(operation.Output.TypeName) + ">";
        var parameters = operation.Input is null ? "" : context.TypeRef(operation.Input.TypeName) + " request, ";
        return returns + " " + operation.MethodName + "Async(" + parameters + KnownTypes.CancellationToken + " cancellationToken = default)";
    }

    private static string PagesSignature(ServiceContext context, OperationSpec operation, string attribute = "") =>
        KnownTypes.IAsyncEnumerable + "<" + context.TypeRef(operation.Output!.TypeName) + "> " + operation.MethodName + "PagesAsync(" +
        context.TypeRef(operation.Input!.TypeName) + " request, " + attribute + KnownTypes.CancellationToken + " cancellationToken = default)";

    private static string ItemsSignature(ServiceContext context, OperationSpec operation, PaginationSpec pagination, string attribute = "") =>
        KnownTypes.IAsyncEnumerable + "<" + TypeNames.Of(pagination.ItemType!, context.Namespace) + "> " + operation.MethodName + "ItemsAsync(" +
        context.TypeRef(operation.Input!.TypeName) + " request, " + attribute + KnownTypes.CancellationToken + " cancellationToken = default)";

    private const string EnumeratorCancellation = "[global::System.Runtime.CompilerServices.EnumeratorCancellation] ";

    private static void WritePagesMethod(SourceWriter writer, ServiceContext context, OperationSpec operation, PaginationSpec pagination)
    {
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        WriteObsolete(writer, operation);
        using (writer.Block("public async " + PagesSignature(context, operation, EnumeratorCancellation)))
        {
            writer.Line(KnownTypes.ArgumentNullException + ".ThrowIfNull(request);");
            using (writer.Block("while (true)"))
            {
                writer.Line("var page = await " + operation.MethodName + "Async(request, cancellationToken).ConfigureAwait(false);");
                writer.Line("yield return page;");
                writer.Line("var next = page" + string.Concat(pagination.OutputToken.Select((p, i) => (i == 0 ? "." : "?.") + p)) + ";");
                // Stop on no token, and on a repeated one: some services echo the last token back.
                using (writer.Block("if (string.IsNullOrEmpty(next) || next == request." + pagination.InputToken + ")"))
                {
                    writer.Line("yield break;");
                }

                writer.Line("request = request with { " + pagination.InputToken + " = next };");
            }
        }
    }

    private static void WriteItemsMethod(SourceWriter writer, ServiceContext context, OperationSpec operation, PaginationSpec pagination)
    {
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        WriteObsolete(writer, operation);
        using (writer.Block("public async " + ItemsSignature(context, operation, pagination, EnumeratorCancellation)))
        {
            // ConfigureAwait on an async stream is an extension method; called statically, no using is needed.
            using (writer.Block("await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(" +
                operation.MethodName + "PagesAsync(request, cancellationToken), false))"))
            {
                writer.Line("var items = page" + string.Concat(pagination.Items.Select((p, i) => (i == 0 ? "." : "?.") + p)) + ";");
                using (writer.Block("if (items is null)"))
                {
                    writer.Line("continue;");
                }

                using (writer.Block("foreach (var item in items)"))
                {
                    writer.Line("yield return item;");
                }
            }
        }
    }

    private static void WriteDocs(SourceWriter writer, ServiceContext context, OperationSpec operation)
    {
        DocComments.WriteSummary(writer, operation.Documentation, "Calls the " + DocComments.Escape(operation.Name) + " operation.");
        if (operation.Input is not null)
        {
            writer.Line("/// <param name=\"request\">The request; validated before it is sent unless validation is switched off.</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call, including retries and their delays.</param>");
        writer.Line(operation.Output is null ? "/// <returns>A task that completes when the service has accepted the call.</returns>" : "/// <returns>The service's response.</returns>");
        foreach (var error in operation.Errors)
        {
            writer.Line("/// <exception cref=\"" + context.TypeRef(error) + "\">The service returned the " + DocComments.Escape(error) + " error.</exception>");
        }

        writer.Line("/// <exception cref=\"" + context.TypeRef(context.Names.BaseException) + "\">The service returned another error.</exception>");
        if (operation.Input is not null)
        {
            writer.Line("/// <exception cref=\"" + KnownTypes.RequestValidationException + "\">The request breaks a constraint of the model; nothing was sent.</exception>");
        }

        WriteObsolete(writer, operation);
    }

    private static void WritePagesDocs(SourceWriter writer, OperationSpec operation)
    {
        writer.Line("/// <summary>Calls " + DocComments.Escape(operation.Name) + " repeatedly, following the continuation token, and yields each page.</summary>");
        writer.Line("/// <param name=\"request\">The first request; later requests differ only in their token.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
        writer.Line("/// <returns>The pages, fetched as they are enumerated.</returns>");
        WriteObsolete(writer, operation);
    }

    private static void WriteItemsDocs(SourceWriter writer, OperationSpec operation)
    {
        writer.Line("/// <summary>Calls " + DocComments.Escape(operation.Name) + " repeatedly and yields the items of every page.</summary>");
        writer.Line("/// <param name=\"request\">The first request; later requests differ only in their token.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
        writer.Line("/// <returns>The items, fetched page by page as they are enumerated.</returns>");
        WriteObsolete(writer, operation);
    }

    private static void WriteObsolete(SourceWriter writer, OperationSpec operation) => FileWriter.WriteObsolete(writer, operation.Deprecation);
}
