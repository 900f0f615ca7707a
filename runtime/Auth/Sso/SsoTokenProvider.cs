using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Internal.SsoOidc;

namespace CodeGen.Runtime.Auth.Sso;

/// <summary>
/// The IAM Identity Center access token that <c>aws sso login</c> caches in
/// <c>~/.aws/sso/cache/&lt;SHA-1 of the sso-session name, or of the start URL for legacy profiles&gt;.json</c>.
/// </summary>
/// <remarks>
/// With an <c>sso_session</c>, a token within 15 minutes of expiry is refreshed with SSO OIDC
/// <c>CreateToken</c> (grant <c>refresh_token</c>, with the cached client registration) and written back to
/// the cache, as the SDKs do; if that fails, the old token is used while it lasts. Legacy profiles (start
/// URL and region in the profile) cannot refresh: an expired token asks the user to log in again.
/// </remarks>
internal sealed class SsoTokenProvider
{
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(15);
    private readonly CredentialsContext _context;
    private readonly string _provider;
    private readonly string _startUrl;
    private readonly string _region;
    private readonly string? _sessionName;
    private readonly string _login;

    public SsoTokenProvider(CredentialsContext context, string provider, string startUrl, string region, string? sessionName, string login)
    {
        _context = context;
        _provider = provider;
        _startUrl = startUrl;
        _region = region;
        _sessionName = sessionName;
        _login = login;
        CacheFile = Path.Combine(SharedConfigFiles.HomeDirectory(context.Environment), ".aws", "sso", "cache", CacheKey(sessionName ?? startUrl) + ".json");
    }

    /// <summary>The cache file of this session (or start URL).</summary>
    public string CacheFile { get; }

    /// <summary>The SHA-1 of the session name (or start URL) in lowercase hex, as the SDKs name cache files.</summary>
    public static string CacheKey(string value) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(value))).ToLowerInvariant();

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var cached = await ReadCacheAsync(cancellationToken).ConfigureAwait(false);
        var accessToken = Text(cached, "accessToken");
        var expiresAt = Time(cached, "expiresAt");
        if (accessToken is null || expiresAt is null)
        {
            throw new CredentialsProviderException(_provider, "the cached SSO token in " + CacheFile + " has no accessToken or expiresAt; " + _login + ".");
        }

        var now = _context.Time.GetUtcNow();
        if (_sessionName is null || expiresAt.Value - now >= RefreshWindow)
        {
            return expiresAt.Value > now
                ? accessToken
                : throw new CredentialsProviderException(_provider, "the cached SSO token expired at " + Format(expiresAt.Value) + "; " + _login + ".");
        }

        var refusal = RefreshRefusal(cached, now);
        if (refusal is null)
        {
            try
            {
                return await RefreshAsync(cached, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ServiceException or System.Net.Http.HttpRequestException or IOException or TimeoutException or UnauthorizedAccessException)
            {
                refusal = "refreshing it failed (" + ex.Message + ")";
            }
        }

        return expiresAt.Value > now
            ? accessToken
            : throw new CredentialsProviderException(_provider, "the cached SSO token expired at " + Format(expiresAt.Value) + " and " + refusal + "; " + _login + ".");
    }

    /// <summary>Why the cached token cannot be refreshed, or null when it can.</summary>
    private string? RefreshRefusal(JsonObject cached, DateTimeOffset now)
    {
        foreach (var key in new[] { "refreshToken", "clientId", "clientSecret", "registrationExpiresAt" })
        {
            if (Text(cached, key) is null)
            {
                return "it cannot be refreshed (the cache has no " + key + ")";
            }
        }

        return Time(cached, "registrationExpiresAt") is { } registration && registration > now
            ? null
            : "the client registration it was issued to has expired";
    }

    private async Task<string> RefreshAsync(JsonObject cached, CancellationToken cancellationToken)
    {
        using var client = new SsoOidcClient(CredentialClients.Options<SsoOidcClientOptions>(_context, "sso_oidc", _region, defaultEndpoint: null, credentials: null));
        var issuedAt = _context.Time.GetUtcNow();
        var response = await client.CreateTokenAsync(
            new CreateTokenRequest
            {
                GrantType = "refresh_token",
                ClientId = Text(cached, "clientId")!,
                ClientSecret = Text(cached, "clientSecret")!,
                RefreshToken = Text(cached, "refreshToken")!,
            },
            cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(response.AccessToken) || response.ExpiresIn <= 0)
        {
            throw new IOException("CreateToken returned no access token or no lifetime.");
        }

        cached["startUrl"] = _startUrl;
        cached["region"] = _region;
        cached["accessToken"] = response.AccessToken;
        cached["expiresAt"] = Format(issuedAt.AddSeconds(response.ExpiresIn));
        if (!string.IsNullOrEmpty(response.RefreshToken))
        {
            cached["refreshToken"] = response.RefreshToken;
        }

        await WriteCacheAsync(cached, cancellationToken).ConfigureAwait(false);
        return response.AccessToken!;
    }

    private async Task<JsonObject> ReadCacheAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(CacheFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CredentialsProviderException(_provider, "there is no cached SSO token (" + CacheFile + "); " + _login + ".", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsProviderException(_provider, "cannot read the cached SSO token " + CacheFile + ": " + ex.Message, ex);
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw new CredentialsProviderException(_provider, "the cached SSO token " + CacheFile + " is not a JSON object; " + _login + ".");
        }
        catch (JsonException ex)
        {
            throw new CredentialsProviderException(_provider, "the cached SSO token " + CacheFile + " is not valid JSON; " + _login + ".", ex);
        }
    }

    /// <summary>Writes beside the cache file and moves it into place, so a reader never sees half a token.</summary>
    private async Task WriteCacheAsync(JsonObject cached, CancellationToken cancellationToken)
    {
        var temporary = CacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, cached.ToJsonString(), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, CacheFile, overwrite: true);
    }

    private static string? Text(JsonObject cached, string key) =>
        cached.TryGetPropertyValue(key, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>A cached timestamp: RFC 3339 (<c>2024-01-01T00:00:00Z</c>), or the older CLI's <c>...UTC</c> suffix.</summary>
    private static DateTimeOffset? Time(JsonObject cached, string key)
    {
        var text = Text(cached, key);
        if (text is null)
        {
            return null;
        }

        if (text.EndsWith("UTC", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 3) + "Z";
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : null;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
