namespace CodeGen.Generator.Helpers;

/// <summary>Combines hash codes; netstandard2.0 has no System.HashCode and its package would have to ship beside the generator.</summary>
internal static class HashCode
{
    public static int Combine(int seed, int value) => unchecked((seed * -1521134295) + value);

    public static int Of<T>(T value) => value is null ? 0 : value.GetHashCode();
}
