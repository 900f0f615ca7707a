using System.Collections.Generic;
using System.Text;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// Splits a <c>credential_process</c> command line into arguments the way botocore does (shlex): blanks
/// separate arguments, single quotes keep everything literally, double quotes keep blanks and honour
/// <c>\"</c> and <c>\\</c>, and a backslash outside quotes escapes the next character. On Windows a
/// backslash is a path separator and only escapes a double quote.
/// </summary>
internal static class CommandLine
{
    public static List<string> Split(string command, bool windows)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var inArgument = false;
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            var next = i + 1 < command.Length ? command[i + 1] : '\0';
            // Inside single quotes nothing escapes; elsewhere a backslash may.
            if (c == '\\' && quote != '\'' && EscapesNext(next, insideDoubleQuotes: quote == '"', windows))
            {
                current.Append(next);
                inArgument = true;
                i++;
                continue;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                inArgument = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                current.Append(c);
                inArgument = true;
            }
        }

        if (inArgument)
        {
            arguments.Add(current.ToString());
        }

        return arguments;
    }

    private static bool EscapesNext(char next, bool insideDoubleQuotes, bool windows) =>
        windows ? next == '"'
        : insideDoubleQuotes ? next is '"' or '\\'
        : next != '\0';
}
