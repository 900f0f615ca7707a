using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// Credentials from the container credentials endpoint: ECS task roles
/// (<c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c>, under <c>http://169.254.170.2</c>) and EKS Pod Identity or
/// any local agent (<c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c> with <c>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE</c>
/// or <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>), cached and refreshed ahead of expiry.
/// </summary>
/// <remarks>
/// A full URI must be https, or its host must be a loopback address, the ECS address 169.254.170.2, or
/// an EKS Pod Identity address (169.254.170.23, fd00:ec2::23); a host name must resolve to such addresses
/// only. The token file is read again on every refresh (EKS rotates it). Each request may take two
/// seconds; a failed one is tried three times in all, a second apart.
/// </remarks>
public sealed class ContainerCredentialsProvider : RefreshingCredentialsProvider
{
    internal const string Name = "container credentials";
    private const int Attempts = 3;
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(1);
    private static readonly IPAddress[] s_allowedAddresses =
    [
        IPAddress.Parse("169.254.170.2"),
        IPAddress.Parse("169.254.170.23"),
        IPAddress.Parse("fd00:ec2::23"),
    ];

    /// <summary>Reads the endpoint and token settings from the environment of <paramref name="options"/>.</summary>
    public ContainerCredentialsProvider(CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options))
    {
    }

    internal ContainerCredentialsProvider(CredentialsContext context)
        : base(context, Name)
    {
    }

    /// <summary>Whether the environment configures the container endpoint at all.</summary>
    internal static bool IsConfigured(CredentialsContext context) =>
        context.Variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") is not null || context.Variable("AWS_CONTAINER_CREDENTIALS_FULL_URI") is not null;

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        var uri = await EndpointAsync(cancellationToken).ConfigureAwait(false);
        var authorization = Authorization();
        string? failure = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(s_retryDelay, Context.Time, cancellationToken).ConfigureAwait(false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Context.ContainerRequestTimeout);
            try
            {
                using var response = await Context.MetadataHttp.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return CredentialsJson.ParseMetadata(body, Provider, requireToken: false);
                }

                // Error bodies are small JSON documents with a code and message, never credentials.
                failure = uri.GetLeftPart(UriPartial.Path) + " returned HTTP " + (int)response.StatusCode + (body.Length == 0 ? "" : ": " + Truncate(body));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = "no answer from " + uri.GetLeftPart(UriPartial.Path) + " within " + Context.ContainerRequestTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "s";
            }
            catch (HttpRequestException ex)
            {
                failure = "cannot reach " + uri.GetLeftPart(UriPartial.Path) + ": " + ex.Message;
            }
        }

        throw new CredentialsProviderException(Provider, failure + " (after " + Attempts + " attempts).");
    }

    internal async Task<Uri> EndpointAsync(CancellationToken cancellationToken)
    {
        if (Context.Variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") is { } relative)
        {
            return Uri.TryCreate(Context.EcsContainerAddress.GetLeftPart(UriPartial.Authority) + (relative.StartsWith("/", StringComparison.Ordinal) ? "" : "/") + relative, UriKind.Absolute, out var ecs)
                ? ecs
                : throw new CredentialsProviderException(Provider, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a valid path.");
        }

        var full = Context.Variable("AWS_CONTAINER_CREDENTIALS_FULL_URI")
            ?? throw new CredentialsProviderException(Provider, "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set.");
        if (!Uri.TryCreate(full, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CredentialsProviderException(Provider, "AWS_CONTAINER_CREDENTIALS_FULL_URI '" + full + "' is not an http(s) URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !await IsAllowedHostAsync(uri, cancellationToken).ConfigureAwait(false))
        {
            throw new CredentialsProviderException(Provider,
                "AWS_CONTAINER_CREDENTIALS_FULL_URI uses http with the host '" + uri.Host + "'; http is allowed only for loopback addresses, 169.254.170.2, 169.254.170.23 and fd00:ec2::23 (use https otherwise).");
        }

        return uri;
    }

    internal static async Task<bool> IsAllowedHostAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address))
        {
            return IsAllowed(address);
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0 && addresses.All(IsAllowed);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) || s_allowedAddresses.Contains(address);
    }

    /// <summary>The Authorization header: the token file's content (read now), else the token variable.</summary>
    private string? Authorization()
    {
        string? token;
        if (Context.Variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") is { } file)
        {
            try
            {
                token = File.ReadAllText(file).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CredentialsProviderException(Provider, "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE '" + file + "': " + ex.Message, ex);
            }
        }
        else
        {
            token = Context.Variable("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        }

        return token is not null && token.IndexOfAny(['\r', '\n']) >= 0
            ? throw new CredentialsProviderException(Provider, "the authorization token contains a line break, which no HTTP header may hold.")
            : token;
    }

    private static string Truncate(string text) => text.Length <= 512 ? text : text.Substring(0, 512) + "...";
}
