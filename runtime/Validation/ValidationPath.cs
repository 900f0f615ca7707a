using System.Globalization;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// A member path such as <c>Items[2].Name</c>, formatted only when a violation is recorded, so
/// validating a valid object builds no strings.
/// </summary>
public readonly struct ValidationPath
{
    private readonly string? _parent;
    private readonly string _member;
    private readonly int _index;
    private readonly string? _key;

    /// <summary>The path of <paramref name="member"/> inside <paramref name="parent"/>.</summary>
    public ValidationPath(string? parent, string member)
    {
        _parent = parent;
        _member = member;
        _index = -1;
        _key = null;
    }

    /// <summary>The path of element <paramref name="index"/> of list <paramref name="member"/> (empty for the parent itself).</summary>
    public ValidationPath(string? parent, string member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
        _key = null;
    }

    /// <summary>The path of entry <paramref name="key"/> of map <paramref name="member"/> (empty for the parent itself).</summary>
    public ValidationPath(string? parent, string member, string key)
    {
        _parent = parent;
        _member = member;
        _index = -1;
        _key = key;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var path = string.IsNullOrEmpty(_parent) ? _member : _member.Length == 0 ? _parent! : _parent + "." + _member;
        if (_index >= 0)
        {
            return path + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        return _key is null ? path : path + "[\"" + _key + "\"]";
    }
}
