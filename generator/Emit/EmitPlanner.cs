using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>Splits a service spec into one <see cref="EmitUnit"/> per generated file.</summary>
internal static class EmitPlanner
{
    /// <summary>
    /// Operation serializers and the error factory do not print documentation, so their units carry
    /// none: editing a doc comment then re-emits only the documented type's file.
    /// </summary>
    private static StructureSpec WithoutDocumentation(StructureSpec structure) => structure with
    {
        Documentation = null,
        Members = structure.Members.Select(m => m with { Documentation = null }).ToEquatableArray(),
    };

    public static IEnumerable<EmitUnit> Plan(ServiceSpec spec)
    {
        // No file prints the service's own documentation: leaving it out keeps an edit of it from re-emitting every file.
        var context = new ServiceContext(spec.ModelPath, spec.Namespace, spec.Names, spec.Info with { Documentation = null }, spec.IsInternal);
        yield return new BaseExceptionUnit(context);

        foreach (var structure in spec.Structures)
        {
            yield return structure.Error is null ? new StructureUnit(context, structure) : new ExceptionUnit(context, structure);
        }

        foreach (var enumSpec in spec.Enums)
        {
            yield return new EnumUnit(context, enumSpec);
        }

        foreach (var union in spec.Unions)
        {
            yield return new UnionUnit(context, union);
        }

        var structures = spec.Structures.ToDictionary(s => s.ShapeName);
        foreach (var operation in spec.Operations.Where(o => o.UnsupportedReason is null))
        {
            yield return new OperationUnit(
                context,
                operation with { Documentation = null },
                operation.Input is null ? null : WithoutDocumentation(structures[operation.Input.ShapeName]),
                operation.Output is null ? null : WithoutDocumentation(structures[operation.Output.ShapeName]));
        }

        yield return new ErrorFactoryUnit(context, spec.Structures.Where(s => s.Error is not null).Select(WithoutDocumentation).ToEquatableArray());

        // Only the interface documents the operations; the class inherits those docs.
        yield return new ClientUnit(context, ClientPart.Interface, spec.Operations);
        yield return new ClientUnit(context, ClientPart.Class, spec.Operations.Select(o => o with { Documentation = null }).ToEquatableArray());
        yield return new ClientUnit(context, ClientPart.Options, EquatableArray<OperationSpec>.Empty);
    }
}
