using System.Collections.Generic;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>Finds the shapes the selected operations reach, and in which direction each is used.</summary>
internal static class ShapeClosure
{
    public static Dictionary<string, ShapeUsage> Compute(ServiceDefinition service, IEnumerable<OperationDefinition> operations)
    {
        var usage = new Dictionary<string, ShapeUsage>();
        foreach (var operation in operations)
        {
            Visit(service, operation.Input?.Name, ShapeUsage.Input, usage);
            Visit(service, operation.Output?.Name, ShapeUsage.Output, usage);
            foreach (var error in operation.Errors)
            {
                Visit(service, error.Name, ShapeUsage.Output, usage);
            }
        }

        return usage;
    }

    private static void MarkNested(ServiceDefinition service, Dictionary<string, ShapeUsage> usage, string name)
    {
        if (!service.Shapes.ContainsKey(name))
        {
            return;
        }

        usage.TryGetValue(name, out var current);
        usage[name] = current | ShapeUsage.Nested;
    }

    private static void Visit(ServiceDefinition service, string? root, ShapeUsage direction, Dictionary<string, ShapeUsage> usage)
    {
        if (root is null)
        {
            return;
        }

        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!service.Shapes.TryGetValue(name, out var shape))
            {
                continue;
            }

            usage.TryGetValue(name, out var current);
            if ((current & direction) == direction)
            {
                continue;
            }

            usage[name] = current | direction;
            foreach (var member in shape.Members)
            {
                MarkNested(service, usage, member.Target.Name);
                pending.Push(member.Target.Name);
            }

            if (shape.ListMember is not null)
            {
                MarkNested(service, usage, shape.ListMember.Name);
                pending.Push(shape.ListMember.Name);
            }

            if (shape.MapKey is not null)
            {
                pending.Push(shape.MapKey.Name);
            }

            if (shape.MapValue is not null)
            {
                MarkNested(service, usage, shape.MapValue.Name);
                pending.Push(shape.MapValue.Name);
            }
        }
    }
}
