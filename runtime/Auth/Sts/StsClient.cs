using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Auth.Sts;

/// <summary>
/// The two STS operations credentials need, over STS's query protocol (a form-encoded POST, an XML
/// answer) and the runtime's own pipeline, so they get SigV4, the standard retry mode and timeouts.
/// Errors are <see cref="StsException"/>s. When the query protocol is generated, this can become a
/// generated client like SSO's.
/// </summary>
internal sealed class StsClient
{
    public const string ApiVersion = "2011-06-15";

    private static readonly ServiceMetadata s_metadata = new(
        "STS", "sts", "sts", ApiVersion,
        (response, details, message) => CreateException(message, details, null),
        (message, details, inner) => CreateException(message, details, inner));

    private readonly ClientRuntime _runtime;

    private StsClient(ClientRuntime runtime) => _runtime = runtime;

    /// <summary>
    /// A client for <paramref name="region"/> (the global endpoint when null) unless an endpoint is configured
    /// (<c>AWS_ENDPOINT_URL_STS</c>, ...), signing with <paramref name="credentials"/> (null for unsigned calls only).
    /// </summary>
    public static StsClient Create(CredentialsContext context, string? region, IAwsCredentialsProvider? credentials)
    {
        // The global endpoint is signed for us-east-1.
        return new StsClient(new ClientRuntime(s_metadata, CredentialClients.Options<ClientOptions>(context, "sts", region ?? "us-east-1", DefaultEndpoint(region), credentials)));
    }

    /// <summary>STS's regional endpoint, or the global one (signed for us-east-1) when no region is known.</summary>
    internal static Uri DefaultEndpoint(string? region) =>
        new(region is null ? "https://sts.amazonaws.com/"
            : "https://sts." + region + (region.StartsWith("cn-", StringComparison.Ordinal) ? ".amazonaws.com.cn/" : ".amazonaws.com/"));

    public Task<AwsCredentials> AssumeRoleAsync(IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken) =>
        _runtime.InvokeAsync(parameters, AssumeRoleOperation.Signed, cancellationToken);

    public Task<AwsCredentials> AssumeRoleWithWebIdentityAsync(IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken) =>
        _runtime.InvokeAsync(parameters, AssumeRoleOperation.WebIdentity, cancellationToken);

    private static ServiceException CreateException(string? message, ServiceErrorDetails details, Exception? inner)
    {
        var (code, xmlMessage, requestId) = StsXml.ReadError(details.RawBody);
        var withCode = details with { ErrorCode = details.ErrorCode ?? code, RequestId = details.RequestId ?? requestId };
        return new StsException(xmlMessage ?? message, withCode, inner);
    }

    /// <summary>An STS action: the parameters form-encoded after <c>Action</c> and <c>Version</c>; the result's credentials read back.</summary>
    private sealed class AssumeRoleOperation : Operation<IReadOnlyList<KeyValuePair<string, string>>, AwsCredentials>
    {
        public static readonly AssumeRoleOperation Signed = new("AssumeRole", signed: true);
        public static readonly AssumeRoleOperation WebIdentity = new("AssumeRoleWithWebIdentity", signed: false);
        private readonly bool _signed;

        private AssumeRoleOperation(string name, bool signed)
            : base(name) => _signed = signed;

        public override bool IsSigned => _signed;

        public override void WriteRequest(IReadOnlyList<KeyValuePair<string, string>> request, HttpRequestData http)
        {
            http.Method = "POST";
            http.AppendPath("/");
            http.ContentType = "application/x-www-form-urlencoded; charset=utf-8";
            var form = new StringBuilder("Action=").Append(Name).Append("&Version=").Append(ApiVersion);
            foreach (var (name, value) in request)
            {
                form.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }

            http.SetBody(Encoding.UTF8.GetBytes(form.ToString()));
        }

        public override AwsCredentials ReadResponse(HttpResponseData response) => StsXml.ReadCredentials(response.Body, Name + "Result");
    }
}
