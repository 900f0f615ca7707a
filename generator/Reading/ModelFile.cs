using CodeGen.Generator.Analysis;

namespace CodeGen.Generator.Reading;

/// <summary>An additional file the generator cares about: a model or a paginators file, with its text.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ModelFile(bool IsPaginators, string Path, string Text, ModelOptions Options)
{
    public string Directory
    {
        get
        {
            var index = Path.LastIndexOfAny(new[] { '/', '\\' });
            return index < 0 ? "" : Path.Substring(0, index);
        }
    }
}
