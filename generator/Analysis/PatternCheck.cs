using System;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Decides, at generation time, how a model pattern compiles in .NET, so a bad pattern is a located
/// diagnostic rather than a runtime failure. AWS models carry some Java-isms (POSIX classes such as
/// <c>\p{Print}</c>, code-point ranges written as surrogate pairs); those are translated to .NET.
/// </summary>
internal static class PatternCheck
{
    private static readonly (string Java, string DotNet)[] s_posixClasses =
    {
        (@"\p{Print}", @"\x20-\x7E"), (@"\p{Graph}", @"\x21-\x7E"), (@"\p{Alpha}", "a-zA-Z"), (@"\p{Alnum}", "a-zA-Z0-9"),
        (@"\p{Digit}", "0-9"), (@"\p{Upper}", "A-Z"), (@"\p{Lower}", "a-z"), (@"\p{Punct}", @"!-/:-@\[-`{-~"),
        (@"\p{Space}", @" \t\n\x0B\f\r"), (@"\p{Blank}", @" \t"), (@"\p{XDigit}", "0-9a-fA-F"), (@"\p{ASCII}", @"\x00-\x7F"),
        (@"\p{Cntrl}", @"\x00-\x1F\x7F"), (@"\p{IsAlphabetic}", @"\p{L}"), (@"\p{IsDigit}", @"\p{Nd}"), (@"\p{javaWhitespace}", @"\s"),
    };

    private static readonly Regex s_surrogateRange = new(
        @"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}-\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Returns the pattern to emit and whether it compiles with ECMAScript semantics; null with an
    /// error when .NET cannot compile it even after translation.
    /// </summary>
    public static (string Pattern, bool EcmaScript)? Check(string pattern, out string? error)
    {
        error = null;
        if (TryCompile(pattern, RegexOptions.ECMAScript, out _))
        {
            return (pattern, true);
        }

        if (TryCompile(pattern, RegexOptions.CultureInvariant, out error))
        {
            return (pattern, false);
        }

        var translated = Translate(pattern);
        if (translated != pattern && TryCompile(translated, RegexOptions.CultureInvariant, out _))
        {
            error = null;
            return (translated, false);
        }

        return null;
    }

    private static string Translate(string pattern)
    {
        var result = s_surrogateRange.Replace(pattern, @"\uD800-\uDBFF\uDC00-\uDFFF");
        foreach (var (java, dotNet) in s_posixClasses)
        {
            // Inside a class the range can be spliced in; outside it needs brackets of its own.
            result = result.Replace("[" + java, "[" + dotNet).Replace(java + "]", dotNet + "]");
            result = result.Replace(java, "[" + dotNet + "]");
        }

        return result;
    }

    private static bool TryCompile(string pattern, RegexOptions options, out string? error)
    {
        try
        {
            _ = new Regex(pattern, options, TimeSpan.FromSeconds(1));
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
