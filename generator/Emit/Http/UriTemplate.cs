using System.Collections.Generic;

namespace CodeGen.Generator.Emit.Http;

/// <summary>An operation's request URI split into literal path parts, labels and a literal query.</summary>
internal sealed class UriTemplate
{
    private UriTemplate(List<(string Text, bool IsLabel, bool Greedy)> path, List<(string Name, string? Value)> query)
    {
        Path = path;
        Query = query;
    }

    public List<(string Text, bool IsLabel, bool Greedy)> Path { get; }

    public List<(string Name, string? Value)> Query { get; }

    public static UriTemplate Parse(string requestUri)
    {
        var queryStart = requestUri.IndexOf('?');
        var pathText = queryStart < 0 ? requestUri : requestUri.Substring(0, queryStart);
        var path = new List<(string, bool, bool)>();
        var i = 0;
        while (i < pathText.Length)
        {
            var open = pathText.IndexOf('{', i);
            if (open < 0)
            {
                path.Add((pathText.Substring(i), false, false));
                break;
            }

            if (open > i)
            {
                path.Add((pathText.Substring(i, open - i), false, false));
            }

            var close = pathText.IndexOf('}', open);
            if (close < 0)
            {
                path.Add((pathText.Substring(open), false, false));
                break;
            }

            var name = pathText.Substring(open + 1, close - open - 1);
            var greedy = name.EndsWith("+", System.StringComparison.Ordinal);
            path.Add((greedy ? name.Substring(0, name.Length - 1) : name, true, greedy));
            i = close + 1;
        }

        var query = new List<(string, string?)>();
        if (queryStart >= 0)
        {
            foreach (var part in requestUri.Substring(queryStart + 1).Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                var equals = part.IndexOf('=');
                query.Add(equals < 0 ? (part, null) : (part.Substring(0, equals), part.Substring(equals + 1)));
            }
        }

        return new UriTemplate(path, query);
    }
}
