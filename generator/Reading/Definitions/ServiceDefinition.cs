using System.Collections.Generic;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>
/// What a reader found in a model file, in neutral terms but not yet named or checked as a whole.
/// Every reader produces one; <see cref="Analysis.SpecBuilder"/> turns it into a <see cref="ServiceSpec"/>.
/// Lives only inside the parse step, so it may hold mutable collections and locations.
/// </summary>
internal sealed class ServiceDefinition
{
    public string ServiceId { get; set; } = "";

    public string ApiVersion { get; set; } = "";

    public string EndpointPrefix { get; set; } = "";

    public string SigningName { get; set; } = "";

    public Protocol? Protocol { get; set; }

    public string? TargetPrefix { get; set; }

    public string? Title { get; set; }

    public string? Documentation { get; set; }

    /// <summary>Other spellings of the service's name (abbreviation, title, shape name) whose casing the client name may borrow.</summary>
    public List<string> NameHints { get; } = new();

    public Dictionary<string, ShapeDefinition> Shapes { get; } = new();

    /// <summary>
    /// Shapes the model defines but the reader could not read (already reported), so references to
    /// them are not reported again as undefined.
    /// </summary>
    public HashSet<string> UnreadableShapes { get; } = new();

    public List<OperationDefinition> Operations { get; } = new();

    /// <summary>Where the service is declared, for diagnostics that concern the whole service.</summary>
    public SourceSpan? Location { get; set; }
}
