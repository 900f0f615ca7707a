using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// Parses the INI format of the shared AWS files as botocore reads it: <c>[section]</c> headers,
/// <c>key = value</c> properties (keys case-insensitive, values trimmed, no inline comments), whole-line
/// comments starting with '#' or ';', and indented lines under a property with an empty value as its
/// sub-properties (<c>dynamodb =</c> / <c>  endpoint_url = ...</c>), kept as <c>dynamodb.endpoint_url</c>.
/// An indented line under a property with a value continues that value on a new line.
/// </summary>
internal static class ConfigFileParser
{
    /// <summary>Section name (as written between the brackets, trimmed) to its properties; a repeated section merges, later keys win.</summary>
    public static Dictionary<string, Dictionary<string, string>> Parse(string text)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        string? parentKey = null;
        var parentHasSubProperties = false;
        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var close = line.IndexOf(']');
                current = null;
                parentKey = null;
                if (close > 0)
                {
                    var name = line.Substring(1, close - 1).Trim();
                    if (!sections.TryGetValue(name, out current))
                    {
                        current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        sections[name] = current;
                    }
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (char.IsWhiteSpace(rawLine[0]) && parentKey is not null)
            {
                if (parentHasSubProperties)
                {
                    if (equals > 0)
                    {
                        current[parentKey + "." + line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                    }
                }
                else
                {
                    current[parentKey] += "\n" + line;
                }

                continue;
            }

            if (equals <= 0)
            {
                parentKey = null;
                continue;
            }

            parentKey = line.Substring(0, equals).Trim();
            current[parentKey] = line.Substring(equals + 1).Trim();
            parentHasSubProperties = current[parentKey].Length == 0;
        }

        return sections;
    }
}
