using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// The public API of the generated code as text lines: each type with its kind and base, each public or
/// protected member with its signature, nullability, <c>required</c> and <c>[Obsolete]</c>. Two models
/// generate the same public surface when these lines are equal.
/// </summary>
internal static class PublicSurface
{
    private static readonly SymbolDisplayFormat s_format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers |
            SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue |
            SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static List<string> Of(Compilation compilation, string ns)
    {
        var lines = new List<string>();
        var namespaceSymbol = compilation.Assembly.GlobalNamespace;
        foreach (var part in ns.Split('.'))
        {
            namespaceSymbol = namespaceSymbol?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
        }

        foreach (var type in namespaceSymbol?.GetTypeMembers().OrderBy(t => t.Name) ?? Enumerable.Empty<INamedTypeSymbol>())
        {
            Add(type, lines);
        }

        return lines;
    }

    private static void Add(INamedTypeSymbol type, List<string> lines)
    {
        if (type.DeclaredAccessibility != Accessibility.Public)
        {
            return;
        }

        var baseType = type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) } b ? " : " + b.ToDisplayString(s_format) : "";
        var modifiers = (type.IsAbstract && type.TypeKind == TypeKind.Class ? " abstract" : "") + (type.IsSealed && type.TypeKind == TypeKind.Class ? " sealed" : "");
        lines.Add(type.TypeKind + modifiers + (type.IsRecord ? " record" : "") + " " + type.ToDisplayString(s_format) + baseType + Obsolete(type));
        foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected)
                     .OrderBy(m => m.Name).ThenBy(m => m.ToDisplayString(s_format)))
        {
            if (member is INamedTypeSymbol nested)
            {
                Add(nested, lines);
                continue;
            }

            var required = member is IPropertySymbol { IsRequired: true } ? " required" : "";
            lines.Add("  " + member.ToDisplayString(s_format) + required + Obsolete(member));
        }
    }

    private static string Obsolete(ISymbol symbol)
    {
        var obsolete = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ObsoleteAttribute");
        return obsolete is null ? "" : " [Obsolete(" + string.Join(", ", obsolete.ConstructorArguments.Select(a => a.Value?.ToString() ?? "null")) + ")]";
    }
}
