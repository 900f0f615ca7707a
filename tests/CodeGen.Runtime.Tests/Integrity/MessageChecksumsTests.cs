using System;
using System.Collections.Generic;
using System.Text;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Integrity;
using Xunit;

namespace CodeGen.Runtime.Tests.Integrity;

/// <summary>
/// SQS message MD5s. Expected digests come from an independent Python implementation of the SQS Developer
/// Guide's algorithm (hashlib.md5 over the length-prefixed, name-sorted encoding).
/// </summary>
public class MessageChecksumsTests
{
    private static readonly HttpResponseData s_response = new(200, new List<KeyValuePair<string, string>>(), Encoding.UTF8.GetBytes("{}"));

    [Fact]
    public void BodyDigestIsTheMd5OfItsUtf8Bytes() => Assert.Equal("34208e6e8a2138cdb05d726d69a03388", MessageChecksums.Md5OfBody("Hello, SQS ✓"));

    [Fact]
    public void AttributesAreSortedByNameAndLengthPrefixed()
    {
        var digest = new MessageAttributesDigest();
        digest.Add("Population", "Number", "1250800", null, null, null);
        digest.Add("City", "String", "Any City", null, null, null);
        digest.Add("Blob", "Binary", null, new byte[] { 0, 1, 2, 255 }, null, null);

        Assert.Equal("6b1815e5c559fd4b5ad0b3932b6c7055", digest.ToMd5Hex());
    }

    [Fact]
    public void NamesTypesAndValuesAreUtf8()
    {
        var digest = new MessageAttributesDigest();
        digest.Add("züri", "String.Custom", "Grüezi", null, null, null);

        Assert.Equal("e294dcf0b01d66fb8cf9aca7f299f6f5", digest.ToMd5Hex());
    }

    [Fact]
    public void AMatchingDigestPassesInAnyLetterCase()
    {
        MessageChecksums.VerifyBody("Hello, SQS ✓", "34208E6E8A2138CDB05D726D69A03388", null, s_response);
    }

    [Fact]
    public void AMismatchIsANonRetryableChecksumException()
    {
        var error = Assert.Throws<ChecksumMismatchException>(() => MessageChecksums.VerifyBody("Hello", "34208e6e8a2138cdb05d726d69a03388", "m-1", s_response));

        Assert.False(error.IsRetryable);
        Assert.Equal("MD5", error.Algorithm);
        Assert.Equal("34208e6e8a2138cdb05d726d69a03388", error.Expected);
        Assert.Contains("message 'm-1'", error.Message);
    }
}
