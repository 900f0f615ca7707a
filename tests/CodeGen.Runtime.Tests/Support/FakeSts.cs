using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>
/// STS's query protocol, faked: answers AssumeRole and AssumeRoleWithWebIdentity with credentials named
/// after the call's number (<c>ASIASTS1</c>, ...) and the role's account; <see cref="Fail"/> scripts errors.
/// </summary>
internal sealed class FakeSts
{
    private readonly Func<DateTimeOffset> _now;
    private readonly Queue<FakeResponse> _failures = new();
    private int _calls;

    public FakeSts(Func<DateTimeOffset> now) => _now = now;

    public int Calls => _calls;

    /// <summary>A delay before each answer, to let concurrent callers pile up.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The next answer is this error instead of credentials.</summary>
    public FakeSts Fail(int status, string code, string message)
    {
        _failures.Enqueue(new FakeResponse(status, $"""
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>
              <RequestId>req-{code}</RequestId>
            </ErrorResponse>
            """, ("Content-Type", "text/xml")));
        return this;
    }

    /// <summary>The next answer is this raw response.</summary>
    public FakeSts Answer(FakeResponse response)
    {
        _failures.Enqueue(response);
        return this;
    }

    public async Task<FakeResponse> HandleAsync(ReceivedRequest request)
    {
        await Task.Delay(Delay);
        lock (_failures)
        {
            if (_failures.Count > 0)
            {
                Interlocked.Increment(ref _calls);
                return _failures.Dequeue();
            }
        }

        var form = request.Form;
        var action = form.GetValueOrDefault("Action") ?? "";
        if (request.Method != "POST" || form.GetValueOrDefault("Version") != "2011-06-15" || action is not ("AssumeRole" or "AssumeRoleWithWebIdentity"))
        {
            return new FakeResponse(400, "<ErrorResponse><Error><Code>InvalidAction</Code><Message>bad request</Message></Error></ErrorResponse>");
        }

        var n = Interlocked.Increment(ref _calls);
        var seconds = int.Parse(form.GetValueOrDefault("DurationSeconds") ?? "3600", System.Globalization.CultureInfo.InvariantCulture);
        var roleArn = form["RoleArn"];
        var account = roleArn.Split(':')[4];
        var expiration = _now().AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        return FakeResponse.Xml($"""
            <{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <{action}Result>
                <Credentials>
                  <AccessKeyId>ASIASTS{n}</AccessKeyId>
                  <SecretAccessKey>sts-secret-{n}</SecretAccessKey>
                  <SessionToken>sts-token-{n}</SessionToken>
                  <Expiration>{expiration}</Expiration>
                </Credentials>
                <AssumedRoleUser>
                  <AssumedRoleId>AROA3XFRBF535PLBIFPI4:{form["RoleSessionName"]}</AssumedRoleId>
                  <Arn>arn:aws:sts::{account}:assumed-role/{roleArn.Split('/')[^1]}/{form["RoleSessionName"]}</Arn>
                </AssumedRoleUser>
              </{action}Result>
              <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
            </{action}Response>
            """);
    }
}
