using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static CodeGen.Generator.Tests.Smithy.Tolerance;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// The seven Smithy ASTs and their botocore twins give the same semantic model for every operation and shape
/// present in both. The botocore copies are newer revisions, so both specs are restricted (with the
/// Operations filter) to the operations both define, and each remaining difference must be of a kind listed
/// for that model, with its reason; the test prints them. Any other difference fails with the diff.
/// </summary>
public class TwinModelEquivalenceTests
{
    private const string NewerBotocore = "Only in the newer botocore revision (added after the Smithy AST was taken); nothing to compare.";

    /// <summary>Differences every pair may show, because the files are different revisions or botocore cannot express something.</summary>
    private static readonly Tolerance[] s_common =
    {
        new("Different files, by definition.", d => d.Path == "ModelPath"),
        new("Documentation revised between the two revisions (compared after collapsing whitespace).", d => IsProperty(d, "Documentation")),
        new("botocore's paginators-1.json pages this operation; the Smithy model has no @paginated trait for it.",
            d => IsPaginator(d) && d.Right == "null"),
        new("The Smithy model marks this operation @paginated; botocore's paginators-1.json has no entry for it.",
            d => IsPaginator(d) && d.Left == "null"),
        new("botocore's paginators-1.json names the result key; the Smithy @paginated trait leaves 'items' out.",
            d => IsPaginatorItems(d) && (d.Right == "null" || OnlyInBotocore(d))),
        new("botocore's paginators-1.json states more_results (and so what a combined response clears, and extra result keys to combine); "
            + "Smithy's @paginated trait has no way to state them.",
            d => (d.Path.EndsWith(".Pagination.MoreResults") && d.Right == "null") ||
                 ((d.Path.Contains(".Pagination.ClearedWhenCombined[") || d.Path.Contains(".Pagination.Results[")) && OnlyInBotocore(d))),
        new(NewerBotocore, OnlyInBotocore),
        new("Members of a structure added or reordered between the revisions (compared by name, so only the order differs).",
            d => d.Path.EndsWith(".Members (order)")),
        new("Same pattern in another revision: only the ^...$ anchors or match-anything padding differ.", PatternsDifferOnlyInAnchoring),
    };

    private static readonly Tolerance s_constraintsRevised = new(
        "A length, range or pattern constraint revised between the revisions (and with it, whether the type needs validating).",
        d => d.Path.Contains(".Constraints") || IsProperty(d, "Validates"));

    // The operation's paginator as read (Paginator) or as resolved against its shapes (Pagination: Items, ItemType).
    private static bool IsPaginator(SpecDifference d) => IsProperty(d, "Paginator") || IsProperty(d, "Pagination");

    private static bool IsPaginatorItems(SpecDifference d) =>
        d.Path.Contains(".Paginator.Items") || d.Path.Contains(".Pagination.Items") || d.Path.Contains(".Pagination.ItemType");

    public static IEnumerable<object[]> Twins() =>
        new[] { "dynamodb", "glacier", "kinesis", "lambda", "secretsmanager", "sqs", "sso-oidc" }.Select(n => new object[] { n });

    private static readonly Dictionary<string, (string Smithy, string Botocore, Tolerance[] Specific)> s_twins = new()
    {
        ["dynamodb"] = ("dynamodb-2012-08-10.json", "dynamodb/2012-08-10", new[]
        {
            s_constraintsRevised,
            new Tolerance("CreateTable's AttributeDefinitions and KeySchema became optional in the newer botocore revision.",
                d => d.Path is "Structures[CreateTableInput].Members[AttributeDefinitions].IsRequired" or "Structures[CreateTableInput].Members[KeySchema].IsRequired"),
            new Tolerance("The newer botocore revision dropped InvalidEndpointException (an endpoint-discovery error) that the Smithy revision lists.",
                d => OnlyInSmithy(d) && (d.Path.EndsWith(".Errors[\"InvalidEndpointException\"]") || d.Path == "Structures[InvalidEndpointException]")),
            new Tolerance("The newer botocore revision marks ReplicatedWriteConflictException retryable.",
                d => d.Path == "Structures[ReplicatedWriteConflictException].Error.IsRetryable"),
        }),
        ["glacier"] = ("glacier-2012-06-01.json", "glacier/2012-06-01", new[]
        {
            new Tolerance("The List* operations' 'limit' is a string in botocore and smithy.api#Integer in the Smithy revision.",
                d => d.Path.StartsWith("Structures[List") && d.Path.Contains("Input].Members[limit].Type.") && (IsProperty(d, "Kind") || IsProperty(d, "ShapeName"))),
        }),
        ["kinesis"] = ("kinesis-2013-12-02.json", "kinesis/2013-12-02", new[] { s_constraintsRevised }),
        ["lambda"] = ("lambda-2015-03-31.json", "lambda/2015-03-31", new[]
        {
            s_constraintsRevised,
            new Tolerance("A member retargeted to another shape of the same kind between the revisions (NamespacedFunctionName for FunctionName, UUIDString for String, ...); "
                + "kind and type name are compared on their own.",
                d => d.Path.StartsWith("Structures[") && IsProperty(d, "Type.ShapeName")),
            new Tolerance("Enum values reordered between the revisions.", d => d.Path.EndsWith(".Values (order)")),
            new Tolerance("DeleteFunction gained a response (status 200, DeleteFunctionResponse) in the newer botocore revision.",
                d => d.Path is "Operations[DeleteFunction].Http.ResponseCode" or "Operations[DeleteFunction].Output"),
        }),
        ["secretsmanager"] = ("secrets-manager-2017-10-17.json", "secretsmanager/2017-10-17", new[] { s_constraintsRevised }),
        ["sqs"] = ("sqs-2012-11-05.json", "sqs/2012-11-05", new[]
        {
            new Tolerance("botocore's SQS model has no 'error' objects (botocore finds SQS errors by shape name: handlers.py, _handle_sqs_compatible_error); "
                + "the Smithy model states each error's query code and status (awsQueryError, httpError). The client maps both codes.",
                d => d.Path.StartsWith("Structures[") && ((IsProperty(d, "Error.HttpStatusCode") && d.Left == "null") ||
                                                          (IsProperty(d, "Error.Code") && d.Path == "Structures[" + d.Left.Trim('"') + "].Error.Code"))),
        }),
        ["sso-oidc"] = ("sso-oidc-2019-06-10.json", "sso-oidc/2019-06-10", new Tolerance[0]),
    };

    private readonly ITestOutputHelper _output;

    public TwinModelEquivalenceTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Twins))]
    public void SmithyAndBotocoreTwinsAgreeOnEverythingBothDefine(string service)
    {
        var (smithyFile, botocoreDirectory, specific) = s_twins[service];
        var smithyPath = "TestData/models/smithy/" + smithyFile;
        var botocorePath = "TestData/models/botocore/" + botocoreDirectory + "/service-2.json";
        var paginatorsPath = "TestData/models/botocore/" + botocoreDirectory + "/paginators-1.json";

        var common = OperationNames(ModelSpecs.Read(smithyPath)).Intersect(OperationNames(ModelSpecs.Read(botocorePath))).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(common);
        var smithy = ModelSpecs.Read(smithyPath, null, common);
        var botocore = ModelSpecs.Read(botocorePath, paginatorsPath, common);
        Assert.True(smithy.Spec is not null, string.Join("\n", smithy.Diagnostics.Select(d => d.ToDiagnostic().ToString())));
        Assert.True(botocore.Spec is not null, string.Join("\n", botocore.Diagnostics.Select(d => d.ToDiagnostic().ToString())));
        Assert.Equal(common, smithy.Spec!.Operations.Select(o => o.Name));

        var differences = SpecDiff.Compare(botocore.Spec, smithy.Spec);
        var (tolerated, unexpected) = Classify(differences, s_common.Concat(specific).ToList());

        // "Only in botocore" must mean the Smithy file really lacks it, not that the reader lost it.
        var lost = tolerated.TryGetValue(NewerBotocore, out var onlyInBotocore)
            ? onlyInBotocore.Where(d => SmithyAst.Declares(GeneratorHarness.TestDataPath(smithyPath), d.Path)).ToList()
            : new List<SpecDifference>();
        Assert.True(lost.Count == 0, $"{service}: the Smithy file declares what the reader dropped:\n" + string.Join("\n", lost));

        _output.WriteLine($"{service}: {common.Length} operations in both; {differences.Count} differences, {differences.Count - unexpected.Count} tolerated (botocore <> Smithy):");
        _output.WriteLine(Describe(tolerated));
        Assert.True(unexpected.Count == 0, $"{service}: the two models differ where they should not:\n" + SpecDiff.Format(unexpected, "botocore", "smithy"));
    }

    /// <summary>
    /// The generated public API itself (types, members, member types with nullability, <c>required</c>,
    /// paginator methods) is the same from either file for every member both revisions define, for the
    /// operations the wire-semantics issue is about: no member is nullable in one format and not the
    /// other, and DynamoDB's AttributeValue is a union in both. Members only one revision has are the
    /// spec comparison's business (it checks them against the Smithy file).
    /// </summary>
    [Theory]
    [InlineData("dynamodb", "GetItem,PutItem,Query,Scan,UpdateTable,BatchWriteItem")]
    [InlineData("sqs", "SendMessage,SendMessageBatch,ReceiveMessage,GetQueueUrl,ChangeMessageVisibility")]
    public void SmithyAndBotocoreTwinsGenerateTheSamePublicTypes(string service, string operations)
    {
        var (smithyFile, botocoreDirectory, _) = s_twins[service];
        var metadata = new Dictionary<string, string> { ["Namespace"] = "Twin", ["Operations"] = operations };
        var paginators = GeneratorHarness.Model("TestData/models/botocore/" + botocoreDirectory + "/paginators-1.json") with { ItemType = "ServiceModelPaginators" };
        var botocore = GeneratorHarness.Run([GeneratorHarness.Model("TestData/models/botocore/" + botocoreDirectory + "/service-2.json", metadata), paginators]);
        var smithy = GeneratorHarness.Run([GeneratorHarness.Model("TestData/models/smithy/" + smithyFile, metadata)]);
        Assert.True(botocore.CompilationProblems.Count == 0, botocore.Describe(botocore.CompilationProblems));
        Assert.True(smithy.CompilationProblems.Count == 0, smithy.Describe(smithy.CompilationProblems));

        var expected = MembersByName(PublicSurface.Of(botocore.Output, "Twin"));
        var actual = MembersByName(PublicSurface.Of(smithy.Output, "Twin"));
        var common = expected.Keys.Intersect(actual.Keys).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.True(common.Count > 100, "only " + common.Count + " members in common");
        var differing = common.Where(k => !expected[k].SequenceEqual(actual[k])).ToList();
        Assert.True(differing.Count == 0, string.Join("\n", differing.Select(k =>
            k + ":\n  botocore: " + string.Join(" | ", expected[k]) + "\n  smithy:   " + string.Join(" | ", actual[k]))));
    }

    /// <summary>The public surface's lines grouped by type name and member name (a type's own line under its name).</summary>
    private static Dictionary<string, List<string>> MembersByName(List<string> lines)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var type = "";
        foreach (var line in lines)
        {
            string key;
            if (!line.StartsWith(" ", StringComparison.Ordinal))
            {
                // "Class sealed record Twin.GetItemInput": keyed by the type's name, so a union in one format and a
                // structure in the other (abstract or not) differ.
                type = line.Split(' ').First(part => part.StartsWith("Twin.", StringComparison.Ordinal));
                key = type;
            }
            else
            {
                var text = line.Trim();
                var end = text.IndexOf(" {", StringComparison.Ordinal) is var brace and >= 0 ? brace : text.IndexOf('(') is var paren and >= 0 ? paren : text.Length;
                var name = text.Substring(0, end);
                name = name.EndsWith(".get", StringComparison.Ordinal) || name.EndsWith(".init", StringComparison.Ordinal) ? name.Substring(0, name.LastIndexOf('.')) : name;
                key = type + " :: " + name.Split(' ', '.').Last();
            }

            if (!members.TryGetValue(key, out var list))
            {
                members[key] = list = new List<string>();
            }

            list.Add(line);
        }

        return members;
    }

    [Fact]
    public void TheIndependentAstLookupFindsWhatTheFileDeclares()
    {
        var path = GeneratorHarness.TestDataPath("TestData/models/smithy/dynamodb-2012-08-10.json");

        Assert.True(SmithyAst.Declares(path, "Structures[GetItemInput].Members[TableName]"));
        Assert.False(SmithyAst.Declares(path, "Structures[GetItemInput].Members[NoSuchMember]"));
        Assert.True(SmithyAst.Declares(path, "Operations[GetItem].Errors[\"ResourceNotFoundException\"]"));
        Assert.False(SmithyAst.Declares(path, "Operations[GetItem].Errors[\"ThrottlingException\"]"));
        Assert.True(SmithyAst.Declares(path, "Enums[ReplicaStatus].Values[ACTIVE]"));
        Assert.False(SmithyAst.Declares(path, "Enums[ReplicaStatus].Values[ARCHIVING]"));
    }

    private static IEnumerable<string> OperationNames(ModelResult result)
    {
        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics.Select(d => d.ToDiagnostic().ToString())));
        return result.Spec!.Operations.Select(o => o.Name);
    }
}
