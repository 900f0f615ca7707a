using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// The shapes of a Smithy 2.0 JSON AST, indexed by id, with <c>apply</c> statements and mixins already
/// applied, plus the prelude's data shapes on demand. Reports structural problems of the AST itself.
/// </summary>
internal sealed class SmithyModel
{
    private readonly JsonFields _fields;
    private readonly Dictionary<string, SmithyShape> _shapes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SmithyShape?> _prelude = new(StringComparer.Ordinal);
    private readonly List<(string Target, JsonObject Traits, JsonProperty Property)> _applies = new();

    // Traits applied to members a shape only inherits from its mixins, kept until the mixins are flattened.
    private readonly Dictionary<string, List<(JsonObject Traits, JsonProperty Property)>> _pendingMemberApplies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flattened = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SmithyReference>> _references = new(StringComparer.Ordinal);

    private SmithyModel(JsonFields fields) => _fields = fields;

    /// <summary>Shapes in file order (apply statements excluded).</summary>
    public List<SmithyShape> Shapes { get; } = new();

    /// <summary>Where the <c>shapes</c> object is, for diagnostics about the model as a whole.</summary>
    public SourceSpan? Location { get; private set; }

    /// <summary>Whether the root object is a Smithy JSON AST: it has the top-level <c>smithy</c> version field.</summary>
    public static bool Recognizes(JsonObject root) => root.TryGetProperty("smithy", out _);

    /// <summary>Loads the AST; returns null (with a diagnostic) when it is not a Smithy 2.0 model at all.</summary>
    public static SmithyModel? Load(JsonObject root, JsonFields fields, CancellationToken cancellationToken)
    {
        var version = fields.StringNode(root, "smithy", "the Smithy model", required: true);
        if (version is null)
        {
            return null;
        }

        if (version.Value is not ("2.0" or "2"))
        {
            fields.Diagnostics.Report(DiagnosticDescriptors.UnsupportedSmithyVersion, fields.Locate(version), version.Value);
            return null;
        }

        var model = new SmithyModel(fields) { Location = fields.LocateStart(root) };
        var shapes = fields.Object(root, "shapes", "the Smithy model", required: true);
        if (shapes is null)
        {
            return null;
        }

        if (root.TryGetProperty("shapes", out var shapesProperty))
        {
            model.Location = fields.LocateName(shapesProperty);
        }

        foreach (var property in shapes.Properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            model.Declare(property);
        }

        model.ApplyStatements();
        foreach (var shape in model.Shapes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            model.Flatten(shape, new List<SmithyShape>());
        }

        foreach (var pending in model._pendingMemberApplies)
        {
            foreach (var (_, property) in pending.Value)
            {
                fields.Diagnostics.Report(DiagnosticDescriptors.UnresolvedShapeId, fields.LocateName(property), pending.Key, "an apply statement");
            }
        }

        return model;
    }

    /// <summary>The model or prelude shape <paramref name="id"/>, or null.</summary>
    public SmithyShape? Find(string id)
    {
        if (_shapes.TryGetValue(id, out var shape))
        {
            return shape;
        }

        if (!_prelude.TryGetValue(id, out var prelude))
        {
            prelude = SmithyPrelude.Create(id);
            _prelude[id] = prelude;
        }

        return prelude;
    }

    /// <summary>Resolves a reference, reporting an id that resolves to nothing.</summary>
    public SmithyShape? Resolve(SmithyReference reference, string referrer)
    {
        var shape = Find(reference.Id);
        if (shape is null)
        {
            _fields.Diagnostics.Report(DiagnosticDescriptors.UnresolvedShapeId, reference.Location, reference.Id, referrer);
        }

        return shape;
    }

    /// <summary>Reads a <c>{"target": "ns#Shape"}</c> object.</summary>
    public SmithyReference? ReadReference(JsonNode node, string owner)
    {
        if (node is not JsonObject reference)
        {
            _fields.Diagnostics.Report(DiagnosticDescriptors.InvalidFieldValue, _fields.Locate(node), "A shape reference in " + owner, "an object with a 'target'", node.KindName);
            return null;
        }

        var target = _fields.StringNode(reference, "target", owner, required: true);
        return target is null ? null : new SmithyReference(target.Value, _fields.Locate(target));
    }

    /// <summary>The references in <paramref name="field"/> of a service, resource or operation, its mixins' included.</summary>
    public List<SmithyReference> References(SmithyShape shape, string field)
    {
        // Read once, so a malformed reference is reported once however often it is asked for.
        var key = shape.Id + " " + field;
        if (!_references.TryGetValue(key, out var references))
        {
            references = new List<SmithyReference>();
            CollectReferences(shape, field, references, new HashSet<string>(StringComparer.Ordinal));
            _references[key] = references;
        }

        return references;
    }

    /// <summary>The single reference in <paramref name="field"/> (<c>input</c>, <c>read</c>, ...), the shape's own before its mixins'.</summary>
    public SmithyReference? Reference(SmithyShape shape, string field) => References(shape, field).FirstOrDefault();

    private void CollectReferences(SmithyShape shape, string field, List<SmithyReference> references, HashSet<string> visited)
    {
        if (shape.Body is null || !visited.Add(shape.Id))
        {
            return;
        }

        var owner = shape.Describe();
        if (shape.Body.TryGetProperty(field, out var property))
        {
            if (property.Value is JsonArray array)
            {
                foreach (var item in array.Items)
                {
                    if (ReadReference(item, owner) is { } reference)
                    {
                        references.Add(reference);
                    }
                }
            }
            else if (ReadReference(property.Value, owner + " '" + field + "'") is { } reference)
            {
                references.Add(reference);
            }
        }

        foreach (var mixin in shape.Mixins)
        {
            if (_shapes.TryGetValue(mixin.Id, out var mixinShape))
            {
                CollectReferences(mixinShape, field, references, visited);
            }
        }
    }

    private void Declare(JsonProperty property)
    {
        var id = property.Name;
        var owner = "shape '" + id + "'";
        if (property.Value is not JsonObject body)
        {
            _fields.ReportWrongKind("the shapes", id, "an object", property.Value.KindName, property.Value);
            return;
        }

        var type = _fields.String(body, "type", owner, required: true);
        if (type is null)
        {
            return;
        }

        if (!ShapeId.IsAbsolute(id))
        {
            _fields.Diagnostics.Report(DiagnosticDescriptors.InvalidFieldValue, _fields.LocateName(property),
                "The shape id '" + id + "'", "an absolute shape id (namespace#Name)", "not");
            return;
        }

        if (type == "apply")
        {
            if (_fields.Object(body, "traits", owner) is { } applied)
            {
                _applies.Add((id, applied, property));
            }

            return;
        }

        var shape = new SmithyShape(id, type, body, _fields.LocateName(property));
        CopyTraits(_fields.Object(body, "traits", owner), shape.Traits);
        foreach (var item in _fields.Array(body, "mixins", owner)?.Items ?? new List<JsonNode>())
        {
            if (ReadReference(item, owner + " mixins") is { } mixin)
            {
                shape.Mixins.Add(mixin);
            }
        }

        ReadMembers(shape, body, owner);
        _shapes[id] = shape;
        Shapes.Add(shape);
    }

    private void ReadMembers(SmithyShape shape, JsonObject body, string owner)
    {
        switch (shape.Type)
        {
            case "list":
            case "set":
                ReadMember(shape, body, "member", owner, required: true);
                break;
            case "map":
                ReadMember(shape, body, "key", owner, required: true);
                ReadMember(shape, body, "value", owner, required: true);
                break;
            case "structure":
            case "union":
            case "enum":
            case "intEnum":
                var members = _fields.Object(body, "members", owner);
                foreach (var property in members?.Properties ?? new List<JsonProperty>())
                {
                    AddMember(shape, property, owner);
                }

                break;
        }
    }

    private void ReadMember(SmithyShape shape, JsonObject body, string field, string owner, bool required)
    {
        if (body.TryGetProperty(field, out var property))
        {
            AddMember(shape, property, owner);
        }
        else if (required && shape.Mixins.Count == 0)
        {
            _fields.Diagnostics.Report(DiagnosticDescriptors.MissingRequiredField, _fields.LocateStart(body), owner, field);
        }
    }

    private void AddMember(SmithyShape shape, JsonProperty property, string owner)
    {
        var memberOwner = "member '" + property.Name + "' of " + owner;
        if (property.Value is not JsonObject memberBody)
        {
            _fields.ReportWrongKind(owner, property.Name, "an object", property.Value.KindName, property.Value);
            return;
        }

        var target = _fields.StringNode(memberBody, "target", memberOwner, required: true);
        if (target is null)
        {
            return;
        }

        var member = new SmithyMember(shape, property.Name, new SmithyReference(target.Value, _fields.Locate(target)), _fields.LocateName(property));
        CopyTraits(_fields.Object(memberBody, "traits", memberOwner), member.Traits);
        shape.Members.Add(member);
    }

    private void ApplyStatements()
    {
        foreach (var (target, traits, property) in _applies)
        {
            var (shapeId, memberName) = ShapeId.SplitMember(target);
            if (!_shapes.TryGetValue(shapeId, out var shape))
            {
                _fields.Diagnostics.Report(DiagnosticDescriptors.UnresolvedShapeId, _fields.LocateName(property), target, "an apply statement");
                continue;
            }

            if (memberName is null)
            {
                CopyTraits(traits, shape.Traits);
            }
            else if (shape.FindMember(memberName) is { } member)
            {
                CopyTraits(traits, member.Traits);
            }
            else if (shape.Mixins.Count > 0)
            {
                // The member may come from a mixin; known only once mixins are flattened.
                if (!_pendingMemberApplies.TryGetValue(target, out var pending))
                {
                    _pendingMemberApplies[target] = pending = new List<(JsonObject, JsonProperty)>();
                }

                pending.Add((traits, property));
            }
            else
            {
                _fields.Diagnostics.Report(DiagnosticDescriptors.UnresolvedShapeId, _fields.LocateName(property), target, "an apply statement");
            }
        }
    }

    /// <summary>
    /// Copies each mixin's members (first, in mixin order) and traits (except <c>mixin</c> and its
    /// <c>localTraits</c>) into <paramref name="shape"/>; the shape's own members and traits win.
    /// </summary>
    private void Flatten(SmithyShape shape, List<SmithyShape> path)
    {
        if (_flattened.Contains(shape.Id) || shape.Mixins.Count == 0)
        {
            _flattened.Add(shape.Id);
            return;
        }

        path.Add(shape);
        var inheritedTraits = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var inheritedMembers = new List<SmithyMember>();
        foreach (var reference in shape.Mixins)
        {
            if (!_shapes.TryGetValue(reference.Id, out var mixin))
            {
                Resolve(reference, "the mixins of " + shape.Describe());
                continue;
            }

            var cycleStart = path.IndexOf(mixin);
            if (cycleStart >= 0)
            {
                var cycle = path.Skip(cycleStart).Select(s => "'" + s.Id + "'").Concat(new[] { "'" + mixin.Id + "'" });
                _fields.Diagnostics.Report(DiagnosticDescriptors.MixinCycle, reference.Location, mixin.Id, string.Join(" -> ", cycle));
                continue;
            }

            Flatten(mixin, path);
            var localTraits = LocalTraits(mixin);
            foreach (var pair in mixin.Traits)
            {
                if (!localTraits.Contains(pair.Key))
                {
                    inheritedTraits[pair.Key] = pair.Value;
                }
            }

            foreach (var member in mixin.Members)
            {
                inheritedMembers.RemoveAll(m => m.Name == member.Name);
                inheritedMembers.Add(member.CopyTo(shape));
            }
        }

        path.RemoveAt(path.Count - 1);
        foreach (var pair in shape.Traits)
        {
            inheritedTraits[pair.Key] = pair.Value;
        }

        shape.Traits.Clear();
        foreach (var pair in inheritedTraits)
        {
            shape.Traits[pair.Key] = pair.Value;
        }

        // A member redeclared locally keeps its mixin position and adds (or overrides) traits.
        var own = shape.Members.ToList();
        shape.Members.Clear();
        foreach (var inherited in inheritedMembers)
        {
            var local = own.Find(m => m.Name == inherited.Name);
            if (local is not null)
            {
                foreach (var pair in local.Traits)
                {
                    inherited.Traits[pair.Key] = pair.Value;
                }

                own.Remove(local);
            }

            shape.Members.Add(inherited);
        }

        shape.Members.AddRange(own);
        foreach (var member in shape.Members)
        {
            if (_pendingMemberApplies.TryGetValue(shape.Id + "$" + member.Name, out var pending))
            {
                foreach (var (traits, _) in pending)
                {
                    CopyTraits(traits, member.Traits);
                }

                _pendingMemberApplies.Remove(shape.Id + "$" + member.Name);
            }
        }

        _flattened.Add(shape.Id);
    }

    private static HashSet<string> LocalTraits(SmithyShape mixin)
    {
        var local = new HashSet<string>(StringComparer.Ordinal) { TraitIds.Mixin };
        if (mixin.Traits.TryGetValue(TraitIds.Mixin, out var value) && value is JsonObject mixinTrait &&
            mixinTrait["localTraits"] is JsonArray names)
        {
            foreach (var name in names.Items.OfType<JsonString>())
            {
                local.Add(name.Value);
            }
        }

        return local;
    }

    private static void CopyTraits(JsonObject? traits, Dictionary<string, JsonNode> into)
    {
        foreach (var property in traits?.Properties ?? new List<JsonProperty>())
        {
            into[property.Name] = property.Value;
        }
    }
}
