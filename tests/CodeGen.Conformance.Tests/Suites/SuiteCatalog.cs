using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>
/// Every suite file the harness runs: botocore's suites copied into the repository (current and legacy), plus
/// every <c>input/*.json</c> and <c>output/*.json</c> (and <c>legacy/...</c>) under the directory named by
/// <c>CODEGEN_EXTRA_SUITES</c>.
/// </summary>
internal static class SuiteCatalog
{
    public const string ExtraSuitesVariable = "CODEGEN_EXTRA_SUITES";

    private static readonly Lazy<IReadOnlyList<SuiteFile>> s_files = new(Load);

    public static IReadOnlyList<SuiteFile> Files => s_files.Value;

    public static IEnumerable<SuiteCase> Cases(string direction) =>
        Files.Where(f => f.Direction == direction).SelectMany(f => f.Cases);

    public static SuiteCase Find(string key) =>
        Files.SelectMany(f => f.Cases).FirstOrDefault(c => c.Key == key)
        ?? throw new InvalidOperationException("No conformance case named " + key);

    private static IReadOnlyList<SuiteFile> Load()
    {
        var files = new List<SuiteFile>();
        var roots = new List<(string Root, string Label)> { (Path.Combine(AppContext.BaseDirectory, "TestData", "protocol-tests", "botocore"), "") };
        var extra = Environment.GetEnvironmentVariable(ExtraSuitesVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            roots.Add((Path.GetFullPath(extra), "extra-"));
        }

        // botocore keeps its older suites under legacy/ (tests/unit/protocols/legacy/{input,output}); they run as "legacy-<file>".
        foreach (var (root, label) in roots.SelectMany(r => new[] { r, (Path.Combine(r.Root, "legacy"), r.Label + "legacy-") }))
        {
            foreach (var direction in new[] { "input", "output" })
            {
                var folder = Path.Combine(root, direction);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
                {
                    files.Add(SuiteFile.Load(path, direction, label + Path.GetFileNameWithoutExtension(path)));
                }
            }
        }

        return files;
    }
}

/// <summary>One suite file: a JSON array of suites, each with metadata, shapes and cases.</summary>
internal sealed class SuiteFile
{
    private SuiteFile(string path, string direction, string name, IReadOnlyList<Suite> suites, IReadOnlyList<SuiteCase> cases)
    {
        Path = path;
        Direction = direction;
        Name = name;
        Suites = suites;
        Cases = cases;
    }

    public string Path { get; }

    public string Direction { get; }

    /// <summary>The file name without extension, prefixed for extra suites (rest-json, json_1_0, extra-rest-json...).</summary>
    public string Name { get; }

    public IReadOnlyList<Suite> Suites { get; }

    public IReadOnlyList<SuiteCase> Cases { get; }

    public static SuiteFile Load(string path, string direction, string name)
    {
        var array = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var suites = new List<Suite>();
        var cases = new List<SuiteCase>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var identifier = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        for (var s = 0; s < array.Count; s++)
        {
            var json = array[s]!.AsObject();
            var suite = new Suite(json["description"]?.GetValue<string>() ?? "suite " + s, json,
                "Conformance." + (direction == "input" ? "Input" : "Output") + "." + identifier + ".S" + s, path);
            suites.Add(suite);
            var caseArray = json["cases"]!.AsArray();
            for (var c = 0; c < caseArray.Count; c++)
            {
                var body = caseArray[c]!.AsObject();
                var id = body["id"]?.GetValue<string>() ?? suite.Description + " #" + c;
                var key = direction + "/" + name + "/" + id;
                for (var n = 2; !keys.Add(key); n++)
                {
                    key = direction + "/" + name + "/" + id + " (" + n + ")";
                }

                cases.Add(new SuiteCase(key, direction, name, suite, c, body));
            }
        }

        return new SuiteFile(path, direction, name, suites, cases);
    }
}
