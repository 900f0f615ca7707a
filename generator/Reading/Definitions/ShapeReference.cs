using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>A reference to a shape by name, with where the reference is written.</summary>
internal sealed class ShapeReference
{
    public ShapeReference(string name, SourceSpan? location)
    {
        Name = name;
        Location = location;
    }

    public string Name { get; }

    public SourceSpan? Location { get; }
}
