using System.Collections.Generic;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>A file handed to the generator, with its ServiceModel item metadata.</summary>
internal sealed record ModelFileInput(string Path, string Text, string ItemType = "ServiceModel", IReadOnlyDictionary<string, string>? Metadata = null);
