using Xunit;

namespace CodeGen.Runtime.Tests.Errors;

public class ErrorResolverTests
{
    [Theory]
    [InlineData("FooError", "FooError")]
    [InlineData("aws.protocoltests.restjson#FooError", "FooError")]
    [InlineData("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError")]
    [InlineData("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void CodesLoseTheirNamespaceAndSuffix(string? raw, string? expected) => Assert.Equal(expected, ErrorResolver.Sanitize(raw));
}
