using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Analysis;

/// <summary>Turns model names into C# identifiers. Deterministic, so both model formats name things alike.</summary>
internal static class Naming
{
    /// <summary>PascalCases a shape, member or operation name: <c>userId</c> to <c>UserId</c>, <c>__type</c> to <c>Type</c>; keeps acronyms (<c>ARN</c>).</summary>
    public static string ToPascalCase(string name)
    {
        var words = SplitWords(name);
        var shouting = words.Count > 1 && !HasLowercase(name);
        var builder = new StringBuilder(name.Length);
        foreach (var word in words)
        {
            AppendWord(builder, word, lowerRest: shouting);
        }

        return builder.ToString();
    }

    /// <summary>Names an enum value from its wire value: <c>SUPER_USER</c> to <c>SuperUser</c>, <c>t2.micro</c> to <c>T2Micro</c>.</summary>
    public static string EnumValueName(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var word in SplitWords(value))
        {
            var uniformCase = !HasLowercase(word) || !HasUppercase(word);
            AppendWord(builder, word, lowerRest: uniformCase);
        }

        var name = builder.ToString();
        if (name.Length == 0)
        {
            return value.Length == 0 ? "Empty" : "";
        }

        return char.IsDigit(name[0]) ? "Value" + name : name;
    }

    /// <summary>Makes <paramref name="name"/> a valid identifier or returns null when it has no letters or digits to build one from.</summary>
    public static string? ToIdentifier(string name)
    {
        var pascal = ToPascalCase(name);
        if (pascal.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(pascal[0]))
        {
            pascal = "_" + pascal;
        }

        return Escape(pascal);
    }

    /// <summary>Prefixes C# keywords with @ (PascalCase names rarely are, but a model may say anything).</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    public static bool IsValidIdentifier(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier.StartsWith("@", System.StringComparison.Ordinal) ? identifier.Substring(1) : identifier);

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static void AppendWord(StringBuilder builder, string word, bool lowerRest)
    {
        // Two numbers side by side would merge ("1.0" and "10"); keep them apart.
        if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(word[0]))
        {
            builder.Append('_');
        }

        builder.Append(char.ToUpperInvariant(word[0]));
        var rest = word.Substring(1);
        builder.Append(lowerRest ? rest.ToLowerInvariant() : rest);
    }

    private static bool HasLowercase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUppercase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
