using System;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Generator.Model;
using CodeGen.Runtime;
using CodeGen.Runtime.Auth;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>Creates the generated client of a suite around a capturing handler and calls one operation.</summary>
internal static class ClientInvoker
{
    public const string IdempotencyToken = "00000000-0000-4000-8000-000000000000";

    public static async Task<object?> InvokeAsync(SpecTypes types, OperationSpec operation, object? request, HttpMessageHandler handler, string endpoint)
    {
        var options = (ClientOptions)Activator.CreateInstance(types.Options)!;
        options.Endpoint = new Uri(endpoint);
        options.Region = "us-east-1";
        options.Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        options.HttpClient = new HttpClient(handler);
        options.ValidateRequests = false;
        options.IdempotencyTokenProvider = () => IdempotencyToken;
        options.Retry.MaxAttempts = 1;

        using var client = (IDisposable)Activator.CreateInstance(types.Client, options)!;
        var method = types.Client.GetMethod(operation.MethodName + "Async", BindingFlags.Public | BindingFlags.Instance)!;
        object?[] arguments = operation.Input is null ? [CancellationToken.None] : [request, CancellationToken.None];
        var task = (Task)method.Invoke(client, arguments)!;
        await task.ConfigureAwait(false);
        return operation.Output is null ? null : task.GetType().GetProperty("Result")!.GetValue(task);
    }
}
