using System;
using CodeGen.Runtime.Json;
using Xunit;

namespace CodeGen.Runtime.Tests.Json;

public sealed class TimestampsTests
{
    private static readonly DateTimeOffset Sample = new(2019, 12, 16, 23, 48, 18, TimeSpan.Zero);

    [Theory]
    [InlineData(0, TimestampFormat.EpochSeconds, "1576540098")]
    [InlineData(500, TimestampFormat.EpochSeconds, "1576540098.5")]
    [InlineData(120, TimestampFormat.EpochSeconds, "1576540098.12")]
    [InlineData(123, TimestampFormat.EpochSeconds, "1576540098.123")]
    [InlineData(0, TimestampFormat.DateTime, "2019-12-16T23:48:18Z")]
    [InlineData(123, TimestampFormat.DateTime, "2019-12-16T23:48:18.123Z")]
    [InlineData(0, TimestampFormat.HttpDate, "Mon, 16 Dec 2019 23:48:18 GMT")]
    [InlineData(999, TimestampFormat.HttpDate, "Mon, 16 Dec 2019 23:48:18 GMT")]
    public void FormatsEachWireFormat(int milliseconds, TimestampFormat format, string expected)
    {
        Assert.Equal(expected, Timestamps.Format(Sample.AddMilliseconds(milliseconds), format));
    }

    [Fact]
    public void FormatsInUtcWhateverTheOffset()
    {
        var local = new DateTimeOffset(2019, 12, 17, 1, 48, 18, TimeSpan.FromHours(2));

        Assert.Equal("2019-12-16T23:48:18Z", Timestamps.Format(local, TimestampFormat.DateTime));
        Assert.Equal("1576540098", Timestamps.Format(local, TimestampFormat.EpochSeconds));
    }

    [Fact]
    public void NegativeEpochSecondsKeepTheirSign()
    {
        Assert.Equal("-0.5", Timestamps.Format(DateTimeOffset.UnixEpoch.AddMilliseconds(-500), TimestampFormat.EpochSeconds));
        Assert.Equal("-1", Timestamps.Format(DateTimeOffset.UnixEpoch.AddSeconds(-1), TimestampFormat.EpochSeconds));
    }

    [Theory]
    [InlineData("1576540098", TimestampFormat.EpochSeconds, 0)]
    [InlineData("1576540098.5", TimestampFormat.EpochSeconds, 5_000_000)]
    [InlineData("1.5765400985E9", TimestampFormat.EpochSeconds, 5_000_000)]
    [InlineData("2019-12-16T23:48:18Z", TimestampFormat.DateTime, 0)]
    [InlineData("2019-12-16T23:48:18.123Z", TimestampFormat.DateTime, 1_230_000)]
    [InlineData("2019-12-16T23:48:18.123456789Z", TimestampFormat.DateTime, 1_234_567)]
    [InlineData("2019-12-17T00:48:18.5+01:00", TimestampFormat.DateTime, 5_000_000)]
    [InlineData("2019-12-16t23:48:18z", TimestampFormat.DateTime, 0)]
    [InlineData("Mon, 16 Dec 2019 23:48:18 GMT", TimestampFormat.HttpDate, 0)]
    public void ParsesLeniently(string text, TimestampFormat format, long extraTicks)
    {
        var parsed = Timestamps.Parse(text, format);

        Assert.Equal(Sample.AddTicks(extraTicks), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    }

    [Theory]
    [InlineData("yesterday", TimestampFormat.DateTime)]
    [InlineData("12abc", TimestampFormat.EpochSeconds)]
    [InlineData("not a date", TimestampFormat.HttpDate)]
    public void RejectsGarbageWithFormatException(string text, TimestampFormat format)
    {
        Assert.Throws<FormatException>(() => Timestamps.Parse(text, format));
    }

    [Fact]
    public void FromEpochSecondsKeepsMilliseconds()
    {
        Assert.Equal(946845296123, Timestamps.FromEpochSeconds(946845296.123).ToUnixTimeMilliseconds());
        Assert.Throws<ArgumentOutOfRangeException>(() => Timestamps.FromEpochSeconds(double.NaN));
    }
}
