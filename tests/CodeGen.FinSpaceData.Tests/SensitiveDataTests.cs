using System.Threading.Tasks;
using CodeGen.FinSpaceData.Tests.Loopback;
using CodeGen.Runtime.Validation;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests;

/// <summary>Sensitive members and credentials stay out of exception messages (ToString redaction: <see cref="RedactionTests"/>).</summary>
public class SensitiveDataTests
{
    [Fact]
    public void ValidationMessagesNameTheConstraintNotTheValue()
    {
        var request = new UpdateUserRequest { UserId = "u", FirstName = "TooLongSecretName" + new string('x', 60) };

        var error = Assert.Throws<RequestValidationException>(request.EnsureValid);

        Assert.Contains("FirstName", error.Message);
        Assert.DoesNotContain("TooLongSecretName", error.Message);
    }

    [Fact]
    public async Task ServiceErrorsCarryNoCredentials()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Respond(403, """{"message":"denied"}""", ("X-Amzn-Errortype", "AccessDeniedException"));
        using var client = ClientFactory.Create(server);

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1", FirstName = "SecretFirst" }));

        Assert.DoesNotContain(ClientFactory.Secret, error.ToString());
        Assert.DoesNotContain("SecretFirst", error.ToString());
    }
}
