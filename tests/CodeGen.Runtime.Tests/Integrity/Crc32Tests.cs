using System.Linq;
using System.Text;
using CodeGen.Runtime.Integrity;
using Xunit;

namespace CodeGen.Runtime.Tests.Integrity;

public class Crc32Tests
{
    // Expected values from Python's zlib.crc32, the CRC DynamoDB's x-amz-crc32 carries.
    [Theory]
    [InlineData("", 0u)]
    [InlineData("a", 3904355907u)]
    [InlineData("123456789", 3421780262u)]
    [InlineData("{\"Item\":{\"BOOL\":{\"BOOL\":false}}}", 2444394126u)]
    public void MatchesZlib(string text, uint expected) => Assert.Equal(expected, Crc32.Compute(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void LongInputsFoldEightBytesAtATimeAndFinishTheTail()
    {
        // 1027 bytes: 128 eight-byte blocks and a three-byte tail.
        var data = Enumerable.Repeat(Enumerable.Range(0, 256).Select(i => (byte)i), 4).SelectMany(b => b).Concat("xyz"u8.ToArray()).ToArray();

        Assert.Equal(1027, data.Length);
        Assert.Equal(475027715u, Crc32.Compute(data));
    }
}
