namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// What a diagnostic calls the object a field belongs to ("member 'Name' of shape 'User'"), kept as
/// parts and joined only when a diagnostic is reported: readers name every shape and member, and
/// almost none of those names is ever printed.
/// </summary>
internal readonly struct OwnerName
{
    private readonly string _p0;
    private readonly string? _p1;
    private readonly string? _p2;
    private readonly string? _p3;
    private readonly string? _p4;
    private readonly string? _p5;

    public OwnerName(string p0, string? p1 = null, string? p2 = null, string? p3 = null, string? p4 = null, string? p5 = null)
    {
        _p0 = p0;
        _p1 = p1;
        _p2 = p2;
        _p3 = p3;
        _p4 = p4;
        _p5 = p5;
    }

    /// <summary>"shape 'Name'".</summary>
    public static OwnerName Shape(string name) => new("shape '", name, "'");

    /// <summary>"member 'Name' of shape 'Owner'".</summary>
    public static OwnerName Member(string name, string shapeName) => new("member '", name, "' of shape '", shapeName, "'");

    /// <summary>This name followed by <paramref name="suffix"/> and <paramref name="more"/>.</summary>
    public OwnerName Then(string suffix, string? more = null) =>
        _p3 is null ? new(_p0, _p1, _p2, suffix, more)
        : _p4 is null && more is null ? new(_p0, _p1, _p2, _p3, suffix)
        : new(ToString(), suffix, more);

    public static implicit operator OwnerName(string text) => new(text);

    public override string ToString() => string.Concat(_p0, _p1, _p2, _p3, _p4, _p5);
}
