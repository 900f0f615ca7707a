using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace CodeGen.Runtime.Auth.Sts;

/// <summary>
/// Reads STS's query-protocol XML: the <c>Credentials</c> and <c>AssumedRoleUser</c> of a result, and the
/// <c>ErrorResponse</c> of a failure. Element names are matched without their namespace; DTDs are refused.
/// </summary>
internal static class StsXml
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The credentials of an AssumeRole or AssumeRoleWithWebIdentity result; <see cref="FormatException"/> when the XML is not one.</summary>
    public static AwsCredentials ReadCredentials(ReadOnlyMemory<byte> body, string resultElement)
    {
        var values = ReadLeaves(body, resultElement);
        string Required(string path) =>
            values.TryGetValue(path, out var value) && value.Length > 0 ? value : throw new FormatException("the response has no " + path + ".");

        var expirationText = Required("Credentials/Expiration");
        if (!DateTimeOffset.TryParse(expirationText, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var expiration))
        {
            throw new FormatException("Credentials/Expiration '" + expirationText + "' is not an ISO 8601 timestamp.");
        }

        values.TryGetValue("AssumedRoleUser/Arn", out var arn);
        return new AwsCredentials(
            Required("Credentials/AccessKeyId"), Required("Credentials/SecretAccessKey"), Required("Credentials/SessionToken"), expiration, AccountOf(arn));
    }

    /// <summary>The code, message and request id of an <c>ErrorResponse</c>; nulls when the body is not one.</summary>
    public static (string? Code, string? Message, string? RequestId) ReadError(ReadOnlyMemory<byte> body)
    {
        try
        {
            var values = ReadLeaves(body, "ErrorResponse");
            values.TryGetValue("Error/Code", out var code);
            values.TryGetValue("Error/Message", out var message);
            values.TryGetValue("RequestId", out var requestId);
            return (code, message, requestId);
        }
        catch (FormatException)
        {
            return (null, null, null);
        }
    }

    /// <summary>The account of <c>arn:aws:sts::123456789012:assumed-role/...</c>.</summary>
    private static string? AccountOf(string? arn)
    {
        var parts = arn?.Split(':');
        return parts is { Length: >= 6 } && parts[0] == "arn" && parts[4].Length > 0 ? parts[4] : null;
    }

    /// <summary>Text of every leaf element under the first <paramref name="container"/> element (by local name), keyed by its path below it.</summary>
    private static Dictionary<string, string> ReadLeaves(ReadOnlyMemory<byte> body, string container)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, s_settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == container)
                {
                    Collect(reader, values);
                    return values;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new FormatException("the response is not well-formed XML: " + ex.Message, ex);
        }

        throw new FormatException("the response has no " + container + " element.");
    }

    /// <summary>With the reader on the container's start tag, records each leaf's text by its path below the container.</summary>
    private static void Collect(XmlReader reader, Dictionary<string, string> values)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var path = new List<string>();
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    while (path.Count >= reader.Depth - depth)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    path.Add(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    values[string.Join("/", path)] = reader.Value.Trim();
                    break;
            }
        }
    }
}
