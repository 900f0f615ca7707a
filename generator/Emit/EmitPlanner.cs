using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>Splits a service spec into one <see cref="EmitUnit"/> per generated file.</summary>
internal static class EmitPlanner
{
    public static IEnumerable<EmitUnit> Plan(ServiceSpec spec)
    {
        var context = new ServiceContext(spec.ModelPath, spec.Namespace, spec.Names, spec.Info);
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
    }
}
