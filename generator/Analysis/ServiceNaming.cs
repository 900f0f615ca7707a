using System;
using System.Collections.Generic;
using System.Text;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>Names the client and its companion types.</summary>
internal static class ServiceNaming
{
    /// <summary>
    /// Derives the client name from the service id (<c>finspace data</c>), borrowing each word's casing
    /// from the service's other names (<c>FinSpace Public API</c>) so both model formats agree: <c>FinSpaceData</c>.
    /// </summary>
    public static string DeriveClientName(ServiceDefinition service)
    {
        var source = service.ServiceId.Length > 0 ? service.ServiceId : service.EndpointPrefix;
        var builder = new StringBuilder();
        foreach (var word in source.Split(new[] { ' ', '-', '_', '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(CaseFromHints(word, service.NameHints));
        }

        var name = Naming.ToIdentifier(builder.ToString());
        return string.IsNullOrEmpty(name) ? "Service" : name!;
    }

    public static ServiceNames Create(string clientName) => new(
        ClientName: clientName,
        ClientInterface: "I" + clientName + "Client",
        ClientClass: clientName + "Client",
        OptionsClass: clientName + "ClientOptions",
        BaseException: clientName + "Exception",
        ErrorFactory: clientName + "Errors");

    public static IEnumerable<string> PublicNames(ServiceNames names)
    {
        yield return names.ClientInterface;
        yield return names.ClientClass;
        yield return names.OptionsClass;
        yield return names.BaseException;
    }

    private static string CaseFromHints(string word, List<string> hints)
    {
        foreach (var hint in hints)
        {
            var index = hint.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                var cased = hint.Substring(index, word.Length);
                if (HasUpper(cased))
                {
                    return char.ToUpperInvariant(cased[0]) + cased.Substring(1);
                }
            }
        }

        return HasUpper(word) ? char.ToUpperInvariant(word[0]) + word.Substring(1) : char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
    }

    private static bool HasUpper(string text)
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
