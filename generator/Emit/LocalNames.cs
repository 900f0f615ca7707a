using System.Globalization;

namespace CodeGen.Generator.Emit;

/// <summary>Hands out local variable names unique within one generated method.</summary>
internal sealed class LocalNames
{
    private int _next;

    public string Next(string prefix) => prefix + (_next++).ToString(CultureInfo.InvariantCulture);
}
