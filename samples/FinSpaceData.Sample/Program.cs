using System;
using System.Threading.Tasks;
using CodeGen.Runtime;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Validation;
using FinSpace.Data;

namespace FinSpaceData.Sample;

/// <summary>
/// Calls FinSpace Data's UpdateUser three ways: a success, a request that fails client-side
/// validation, and one the service rejects with a typed error.
/// Without arguments it talks to an embedded local endpoint. With <c>--profile NAME</c> and/or
/// <c>--endpoint URL</c> it talks to AWS (or that endpoint), with credentials and region from the AWS
/// SDKs' default chains: the profile's keys, SSO login, assumed role or process, else the environment,
/// container or instance role.
/// </summary>
internal static class Program
{
    private const string KnownUser = "sample-user-0001";

    public static async Task<int> Main(string[] args)
    {
        var arguments = SampleArguments.Parse(args);
        if (arguments is null)
        {
            Console.Error.WriteLine("usage: FinSpaceData.Sample [--profile NAME] [--endpoint URL] [--region REGION] [--user-id ID]");
            return 2;
        }

        await using var local = arguments.UsesRealEndpoint ? null : await LocalFinSpaceEndpoint.StartAsync(KnownUser);
        var options = new FinSpaceDataClientOptions
        {
            Endpoint = arguments.Endpoint ?? local?.Address,
            Region = arguments.Region ?? (local is null ? null : "us-east-1"),
            Profile = arguments.Profile,
        };
        if (local is not null)
        {
            // The local endpoint checks that requests are signed, not with which key.
            options.Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDLOCALSAMPLE", "local-sample-secret"));
            Console.WriteLine($"Embedded FinSpace Data endpoint listening on {local.Address}");
        }

        using var client = new FinSpaceDataClient(options);
        try
        {
            await RunAsync(client, arguments.UserId ?? KnownUser);
            return 0;
        }
        catch (Exception ex) when (ex is System.Net.Http.HttpRequestException or TimeoutException or InvalidOperationException)
        {
            Console.Error.WriteLine($"The call could not be made: {ex.Message}");
            return 1;
        }
    }

    private static async Task RunAsync(FinSpaceDataClient client, string userId)
    {
        Console.WriteLine();
        Console.WriteLine("1. UpdateUser for an existing user");
        var response = await client.UpdateUserAsync(new UpdateUserRequest
        {
            UserId = userId,
            Type = UserType.AppUser,
            FirstName = "Ada",
            LastName = "Lovelace",
            ApiAccess = ApiAccess.Enabled,
        });
        Console.WriteLine($"   updated user {response.UserId}");

        Console.WriteLine();
        Console.WriteLine("2. A request that breaks the model's constraints (nothing is sent)");
        try
        {
            await client.UpdateUserAsync(new UpdateUserRequest
            {
                UserId = "",
                FirstName = new string('x', 60),
                ApiAccessPrincipalArn = "not-an-arn",
            });
        }
        catch (RequestValidationException ex)
        {
            Console.WriteLine($"   {ex.Errors.Count} violations:");
            foreach (var error in ex.Errors)
            {
                Console.WriteLine($"   - {error.Path}: {error.Message}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("3. UpdateUser for a user that does not exist (the service answers with a typed error)");
        try
        {
            await client.UpdateUserAsync(new UpdateUserRequest { UserId = "no-such-user" });
        }
        catch (ResourceNotFoundException ex)
        {
            Console.WriteLine($"   {ex.GetType().Name}: HTTP {ex.StatusCode}, code {ex.ErrorCode}, reason {ex.Reason ?? "(none)"}");
            Console.WriteLine($"   message: {ex.ErrorMessage}");
            Console.WriteLine($"   request id: {ex.RequestId}");
        }
        catch (ServiceException ex)
        {
            Console.WriteLine($"   {ex.GetType().Name}: HTTP {ex.StatusCode}, code {ex.ErrorCode}: {ex.ErrorMessage}");
        }
    }
}
