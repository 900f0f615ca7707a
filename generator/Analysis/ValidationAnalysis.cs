using CodeGen.Generator.Model;
using System.Collections.Generic;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Finds the structures and unions whose validation can find anything: a required member or a
/// constraint somewhere below them. Validation does not descend into the others, so a large graph
/// without constraints (DynamoDB's AttributeValue) costs nothing to validate.
/// </summary>
internal static class ValidationAnalysis
{
    public static HashSet<string> ShapesThatValidate(ServiceDefinition service)
    {
        var validating = new HashSet<string>();
        bool changed;
        do
        {
            changed = false;
            foreach (var shape in service.Shapes.Values)
            {
                if (shape.Kind is not (TypeKind.Structure or TypeKind.Union) || validating.Contains(shape.Name))
                {
                    continue;
                }

                foreach (var member in shape.Members)
                {
                    if (member.IsRequired || member.Constraints is { IsEmpty: false } || TargetValidates(service, member.Target.Name, validating, 0))
                    {
                        validating.Add(shape.Name);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);

        return validating;
    }

    private static bool TargetValidates(ServiceDefinition service, string name, HashSet<string> validating, int depth)
    {
        if (depth > 32 || !service.Shapes.TryGetValue(name, out var shape))
        {
            return false;
        }

        return shape.Kind switch
        {
            TypeKind.Structure or TypeKind.Union => validating.Contains(name),
            TypeKind.Enum or TypeKind.IntEnum or TypeKind.Boolean or TypeKind.Timestamp or TypeKind.Document => false,
            TypeKind.List => !shape.Constraints.IsEmpty || (shape.ListMember is not null && TargetValidates(service, shape.ListMember.Name, validating, depth + 1)),
            TypeKind.Map => !shape.Constraints.IsEmpty
                || (shape.MapKey is not null && TargetValidates(service, shape.MapKey.Name, validating, depth + 1))
                || (shape.MapValue is not null && TargetValidates(service, shape.MapValue.Name, validating, depth + 1)),
            _ => !shape.Constraints.IsEmpty,
        };
    }
}
