namespace CodeGen.Generator;

/// <summary>Tracking names of the pipeline steps, for incremental-caching tests.</summary>
internal static class StepNames
{
    public const string ModelFiles = nameof(ModelFiles);
    public const string ModelInputs = nameof(ModelInputs);
    public const string Parse = nameof(Parse);
    public const string EmitUnits = nameof(EmitUnits);
    public const string Emit = nameof(Emit);
}
