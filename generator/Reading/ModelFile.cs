using CodeGen.Generator.Analysis;

namespace CodeGen.Generator.Reading;

/// <summary>An additional file the generator cares about: a model or a paginators file, with its text.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ModelFile(bool IsPaginators, string Path, string Text, ModelOptions Options)
{
    /// <summary>The file's directory with "." and ".." segments resolved, so differently spelled paths compare equal.</summary>
    public string Directory
    {
        get
        {
            var parts = new System.Collections.Generic.List<string>();
            foreach (var part in Path.Replace('\\', '/').Split('/'))
            {
                if (part == "..")
                {
                    if (parts.Count > 0)
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                }
                else if (part != ".")
                {
                    parts.Add(part);
                }
            }

            if (parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }

            return string.Join("/", parts);
        }
    }
}
