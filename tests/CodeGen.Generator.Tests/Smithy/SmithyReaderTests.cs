using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;
using static CodeGen.Generator.Tests.Smithy.SmithyText;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>What the Smithy reader makes of each construct AWS models use, seen through the semantic model.</summary>
public class SmithyReaderTests
{
    private static ServiceSpec ReadSpec(string text, string? service = null)
    {
        var result = Read(text, service);
        Assert.True(result.Spec is not null && result.Diagnostics.Count == 0, Describe(result));
        return result.Spec!;
    }

    private static StructureSpec Structure(ServiceSpec spec, string name) => spec.Structures.Single(s => s.ShapeName == name);

    private static MemberSpec Member(ServiceSpec spec, string structure, string member) => Structure(spec, structure).Members.Single(m => m.Name == member);

    [Fact]
    public void ServiceShapeGivesIdentityProtocolSigningAndClientName()
    {
        var spec = ReadSpec(Ast(GetThing(), serviceTraits: """
            "aws.api#service": { "sdkId": "finspace data", "arnNamespace": "finspace-api", "endpointPrefix": "finspace-api" },
            "aws.auth#sigv4": { "name": "finspace" },
            "aws.protocols#restJson1": {},
            "smithy.api#title": "FinSpace Public API",
            "smithy.api#documentation": "<p>Docs.</p>"
            """));

        Assert.Equal(new ServiceInfo("finspace data", "2024-01-01", "finspace-api", "finspace", Protocol.RestJson1, null, "FinSpace Public API", "<p>Docs.</p>", false, false, false), spec.Info);
        Assert.Equal("FinSpaceData", spec.Names.ClientName);
        Assert.Equal("Consumer.FinSpaceData", spec.Namespace);
    }

    [Fact]
    public void EndpointPrefixDefaultsToArnNamespaceThenToTheLowercasedServiceName()
    {
        var withArn = ReadSpec(Ast(GetThing(), serviceTraits: "\"aws.api#service\": { \"sdkId\": \"X\", \"arnNamespace\": \"arn-ns\" }, \"aws.protocols#restJson1\": {}"));
        var bare = ReadSpec(Ast(GetThing(), serviceTraits: "\"aws.protocols#restJson1\": {}"));

        Assert.Equal("arn-ns", withArn.Info.EndpointPrefix);
        Assert.Equal("example", bare.Info.EndpointPrefix);
        Assert.Equal("Example", bare.Info.ServiceId);
    }

    [Fact]
    public void AwsJsonServiceTargetsItsShapeNameAndIgnoresHttpBindingTraits()
    {
        var spec = ReadSpec(Ast(
            GetThing(inputMembers: "\"id\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#httpHeader\": \"x-id\" } }"),
            serviceTraits: "\"aws.api#service\": { \"sdkId\": \"Example\" }, \"aws.auth#sigv4\": { \"name\": \"example\" }, \"aws.protocols#awsJson1_0\": {}"));

        Assert.Equal(Protocol.AwsJson1_0, spec.Info.Protocol);
        Assert.Equal("Example", spec.Info.TargetPrefix);
        var operation = Assert.Single(spec.Operations);
        Assert.Equal(new HttpSpec("POST", "/", 200), operation.Http);
        var id = Member(spec, "GetThingInput", "id");
        Assert.Equal((HttpBinding.Body, "id"), (id.Binding, id.BindingName));
    }

    [Fact]
    public void OperationsAreReachedThroughResourcesRecursivelyEachOnce()
    {
        string Op(string name) => $$"""
            "com.example#{{name}}": { "type": "operation", "traits": { "smithy.api#http": { "method": "POST", "uri": "/{{name}}" } } }
            """;
        var shapes = string.Join(",\n", new[] { "Create", "Put", "Read", "Update", "Delete", "List", "Extra", "Collection", "ChildRead", "Direct" }.Select(Op)) + """
            ,
            "com.example#Thing": {
              "type": "resource",
              "create": { "target": "com.example#Create" },
              "put": { "target": "com.example#Put" },
              "read": { "target": "com.example#Read" },
              "update": { "target": "com.example#Update" },
              "delete": { "target": "com.example#Delete" },
              "list": { "target": "com.example#List" },
              "operations": [{ "target": "com.example#Extra" }, { "target": "com.example#Direct" }],
              "collectionOperations": [{ "target": "com.example#Collection" }],
              "resources": [{ "target": "com.example#Child" }]
            },
            "com.example#Child": {
              "type": "resource",
              "read": { "target": "com.example#ChildRead" },
              "resources": [{ "target": "com.example#Thing" }]
            }
            """;

        var spec = ReadSpec(Ast(shapes, operations: "\"com.example#Direct\"", serviceExtra: "\"resources\": [{ \"target\": \"com.example#Thing\" }],"));

        Assert.Equal(
            new[] { "ChildRead", "Collection", "Create", "Delete", "Direct", "Extra", "List", "Put", "Read", "Update" },
            spec.Operations.Select(o => o.Name));
        Assert.All(spec.Operations, o => Assert.Null(o.Input));
    }

    [Fact]
    public void MixinMembersComeFirstAndMixinTraitsAreInheritedExceptLocalOnes()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: "\"thing\": { \"target\": \"com.example#Thing\" }") + """
            ,
            "com.example#Base": {
              "type": "structure",
              "members": {
                "created": { "target": "smithy.api#Timestamp" },
                "owner": { "target": "smithy.api#String" }
              },
              "traits": {
                "smithy.api#mixin": { "localTraits": ["smithy.api#deprecated"] },
                "smithy.api#sensitive": {},
                "smithy.api#deprecated": {}
              }
            },
            "com.example#Thing": {
              "type": "structure",
              "mixins": [{ "target": "com.example#Base" }],
              "members": {
                "name": { "target": "smithy.api#String" },
                "owner": { "target": "smithy.api#String", "traits": { "smithy.api#documentation": "Overridden." } }
              }
            }
            """));

        var thing = Structure(spec, "Thing");
        Assert.Equal(new[] { "created", "owner", "name" }, thing.Members.Select(m => m.Name));
        Assert.Equal("Overridden.", thing.Members[1].Documentation);
        Assert.True(thing.IsSensitive);
        Assert.Null(thing.Deprecation);
        Assert.DoesNotContain(spec.Structures, s => s.ShapeName == "Base");
    }

    [Fact]
    public void ApplyStatementsAddTraitsToMembersIncludingMixedInMembers()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: "\"thing\": { \"target\": \"com.example#Thing\" }") + """
            ,
            "com.example#Base": {
              "type": "structure",
              "members": { "inherited": { "target": "smithy.api#String" } },
              "traits": { "smithy.api#mixin": {} }
            },
            "com.example#Thing": {
              "type": "structure",
              "mixins": [{ "target": "com.example#Base" }],
              "members": { "own": { "target": "smithy.api#String" } }
            },
            "com.example#Thing$own": { "type": "apply", "traits": { "smithy.api#required": {} } },
            "com.example#Thing$inherited": { "type": "apply", "traits": { "smithy.api#documentation": "Applied to a mixin member." } }
            """));

        var thing = Structure(spec, "Thing");
        Assert.True(thing.Members.Single(m => m.Name == "own").IsRequired);
        Assert.Equal("Applied to a mixin member.", thing.Members.Single(m => m.Name == "inherited").Documentation);
    }

    [Fact]
    public void EnumIntEnumAndTheOlderEnumTraitBecomeEnums()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: """
            "color": { "target": "com.example#Color" },
            "level": { "target": "com.example#Level" },
            "size": { "target": "com.example#Size" }
            """) + """
            ,
            "com.example#Color": {
              "type": "enum",
              "members": {
                "LIGHT_RED": { "target": "smithy.api#Unit", "traits": { "smithy.api#enumValue": "light-red", "smithy.api#documentation": "Pale." } },
                "BLUE": { "target": "smithy.api#Unit" }
              }
            },
            "com.example#Level": {
              "type": "intEnum",
              "members": {
                "LOW": { "target": "smithy.api#Unit", "traits": { "smithy.api#enumValue": 1 } },
                "HIGH": { "target": "smithy.api#Unit", "traits": { "smithy.api#enumValue": 10, "smithy.api#deprecated": { "message": "Too high." } } }
              }
            },
            "com.example#Size": {
              "type": "string",
              "traits": { "smithy.api#enum": [ { "value": "s", "name": "SMALL" }, { "value": "xl", "documentation": "Big.", "deprecated": true } ] }
            }
            """));

        var color = spec.Enums.Single(e => e.ShapeName == "Color");
        Assert.False(color.IsIntEnum);
        Assert.Equal(new[] { new EnumValueSpec("LightRed", "light-red", "Pale.", null), new EnumValueSpec("Blue", "BLUE", null, null) }, color.Values);
        var level = spec.Enums.Single(e => e.ShapeName == "Level");
        Assert.True(level.IsIntEnum);
        Assert.Equal(new[] { new EnumValueSpec("Low", "1", null, null), new EnumValueSpec("High", "10", null, new Deprecation("Too high.")) }, level.Values);
        var size = spec.Enums.Single(e => e.ShapeName == "Size");
        Assert.Equal(new[] { new EnumValueSpec("S", "s", null, null), new EnumValueSpec("Xl", "xl", "Big.", new Deprecation("Deprecated by the service model.")) }, size.Values);
        Assert.Equal(TypeKind.Enum, Member(spec, "GetThingOutput", "size").Type.Kind);
    }

    [Fact]
    public void OnlyRequiredMembersAreNonNullable()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: """
            "plain": { "target": "smithy.api#Integer" },
            "defaulted": { "target": "smithy.api#Integer", "traits": { "smithy.api#default": 5 } },
            "explicitNull": { "target": "com.example#Zero", "traits": { "smithy.api#default": null } },
            "inherited": { "target": "com.example#Zero" },
            "primitive": { "target": "smithy.api#PrimitiveBoolean" },
            "required": { "target": "smithy.api#String", "traits": { "smithy.api#required": {} } },
            "clientOptional": { "target": "smithy.api#String", "traits": { "smithy.api#required": {}, "smithy.api#clientOptional": {} } },
            "addedDefault": { "target": "smithy.api#Integer", "traits": { "smithy.api#default": 0, "smithy.api#addedDefault": {} } },
            "text": { "target": "smithy.api#String", "traits": { "smithy.api#default": "a \"b\"" } },
            "list": { "target": "com.example#Names", "traits": { "smithy.api#default": [] } }
            """) + """
            ,
            "com.example#Zero": { "type": "integer", "traits": { "smithy.api#default": 0 } },
            "com.example#Names": { "type": "list", "member": { "target": "smithy.api#String" } }
            """));

        var output = Structure(spec, "GetThingOutput");
        (bool Required, bool Nullable) Of(string name)
        {
            var m = output.Members.Single(x => x.Name == name);
            return (m.IsRequired, m.IsNullable);
        }

        // A @default is what the service assumes when the member is absent; the client keeps absent as null,
        // as botocore-read models (which cannot state defaults) do, so both formats give the same types.
        foreach (var name in new[] { "plain", "defaulted", "explicitNull", "inherited", "primitive", "addedDefault", "text", "list" })
        {
            Assert.Equal((false, true), Of(name));
        }

        Assert.Equal((true, false), Of("required"));

        // @clientOptional: a client treats the member as optional even though the service requires it.
        Assert.Equal((false, true), Of("clientOptional"));
    }

    [Fact]
    public void HttpBindingAndMemberTraitsBecomeBindingsNamesAndFlags()
    {
        var spec = ReadSpec(Ast(GetThing(
            inputMembers: """
                "id": { "target": "smithy.api#String", "traits": { "smithy.api#required": {}, "smithy.api#httpLabel": {}, "smithy.api#hostLabel": {} } },
                "filter": { "target": "smithy.api#String", "traits": { "smithy.api#httpQuery": "f" } },
                "rest": { "target": "com.example#Params", "traits": { "smithy.api#httpQueryParams": {} } },
                "trace": { "target": "com.example#JsonText", "traits": { "smithy.api#httpHeader": "X-Trace" } },
                "meta": { "target": "com.example#Params", "traits": { "smithy.api#httpPrefixHeaders": "x-meta-" } },
                "token": { "target": "smithy.api#String", "traits": { "smithy.api#idempotencyToken": {}, "smithy.api#jsonName": "Token" } },
                "when": { "target": "smithy.api#Timestamp", "traits": { "smithy.api#timestampFormat": "http-date", "smithy.api#jsonName": "When" } }
                """,
            outputMembers: """
                "status": { "target": "smithy.api#Integer", "traits": { "smithy.api#httpResponseCode": {} } },
                "body": { "target": "com.example#Stream", "traits": { "smithy.api#httpPayload": {} } }
                """,
            operationTraits: "\"smithy.api#endpoint\": { \"hostPrefix\": \"{id}.data.\" }") + """
            ,
            "com.example#Params": { "type": "map", "key": { "target": "smithy.api#String" }, "value": { "target": "smithy.api#String" } },
            "com.example#JsonText": { "type": "string", "traits": { "smithy.api#mediaType": "application/json" } },
            "com.example#Stream": { "type": "blob", "traits": { "smithy.api#streaming": {}, "smithy.api#requiresLength": {}, "smithy.api#mediaType": "video/mp4" } }
            """));

        (HttpBinding, string?, string) Binding(string structure, string name)
        {
            var m = Member(spec, structure, name);
            return (m.Binding, m.BindingName, m.JsonName);
        }

        Assert.Equal((HttpBinding.Label, "id", "id"), Binding("GetThingInput", "id"));
        Assert.True(Member(spec, "GetThingInput", "id").IsHostLabel);
        Assert.Equal((HttpBinding.Query, "f", "filter"), Binding("GetThingInput", "filter"));
        Assert.Equal((HttpBinding.QueryParams, "rest", "rest"), Binding("GetThingInput", "rest"));
        Assert.Equal((HttpBinding.Header, "X-Trace", "trace"), Binding("GetThingInput", "trace"));
        Assert.True(Member(spec, "GetThingInput", "trace").IsJsonValue);
        Assert.Equal((HttpBinding.PrefixHeaders, "x-meta-", "meta"), Binding("GetThingInput", "meta"));
        Assert.Equal((HttpBinding.Body, "Token", "Token"), Binding("GetThingInput", "token"));
        Assert.True(Member(spec, "GetThingInput", "token").IsIdempotencyToken);
        Assert.Equal("http-date", Member(spec, "GetThingInput", "when").TimestampFormat);
        Assert.Equal((HttpBinding.StatusCode, "status", "status"), Binding("GetThingOutput", "status"));
        Assert.Equal((HttpBinding.Payload, "body", "body"), Binding("GetThingOutput", "body"));
        var body = Member(spec, "GetThingOutput", "body").Type;
        Assert.True(body.IsStreaming);
        Assert.Equal("video/mp4", body.MediaType);

        var operation = Assert.Single(spec.Operations);
        Assert.Equal(new HttpSpec("GET", "/things/{id}", 200), operation.Http);
        Assert.Equal("{id}.data.", operation.HostPrefix);
    }

    [Fact]
    public void ConstraintTraitsOnShapesAndMembersBecomeConstraints()
    {
        var spec = ReadSpec(Ast(GetThing(inputMembers: """
            "name": { "target": "com.example#Name", "traits": { "smithy.api#length": { "max": 10 } } },
            "count": { "target": "com.example#Count" },
            "ratio": { "target": "smithy.api#Double", "traits": { "smithy.api#range": { "min": 0.5 } } }
            """) + """
            ,
            "com.example#Name": { "type": "string", "traits": { "smithy.api#length": { "min": 1, "max": 64 }, "smithy.api#pattern": "^[a-z]+$", "smithy.api#sensitive": {} } },
            "com.example#Count": { "type": "integer", "traits": { "smithy.api#range": { "min": 1, "max": 100 } } }
            """));

        var name = Member(spec, "GetThingInput", "name");
        Assert.Equal(new Constraints(1, 10, "^[a-z]+$", true), name.Type.Constraints);
        Assert.True(name.IsSensitive);
        Assert.Equal(new Constraints(MinValue: "1", MaxValue: "100"), Member(spec, "GetThingInput", "count").Type.Constraints);
        Assert.Equal(new Constraints(MinValue: "0.5"), Member(spec, "GetThingInput", "ratio").Type.Constraints);
    }

    [Fact]
    public void ErrorTraitsAndServiceErrorsApplyToEveryOperation()
    {
        var spec = ReadSpec(Ast(GetThing() + """
            ,
            "com.example#Other": { "type": "operation", "errors": [{ "target": "com.example#NotFound" }], "traits": { "smithy.api#http": { "method": "GET", "uri": "/o", "code": 204 } } },
            "com.example#NotFound": { "type": "structure", "members": {}, "traits": { "smithy.api#error": "client", "smithy.api#httpError": 404 } },
            "com.example#SlowDown": {
              "type": "structure",
              "members": { "message": { "target": "smithy.api#String" } },
              "traits": { "smithy.api#error": "server", "smithy.api#httpError": 503, "smithy.api#retryable": { "throttling": true } }
            },
            "com.example#Busy": { "type": "structure", "members": {}, "traits": { "smithy.api#error": "server", "smithy.api#retryable": {} } }
            """, operations: "\"com.example#GetThing\", \"com.example#Other\"", serviceExtra: "\"errors\": [{ \"target\": \"com.example#SlowDown\" }, { \"target\": \"com.example#Busy\" }],"));

        Assert.Equal(new[] { "Busy", "SlowDown" }, spec.Operations.Single(o => o.Name == "GetThing").Errors);
        Assert.Equal(new[] { "Busy", "NotFound", "SlowDown" }, spec.Operations.Single(o => o.Name == "Other").Errors);
        Assert.Equal(204, spec.Operations.Single(o => o.Name == "Other").Http.ResponseCode);
        Assert.Equal(new ErrorSpec("NotFound", 404, false, false, false), Structure(spec, "NotFound").Error);
        Assert.Equal(new ErrorSpec("SlowDown", 503, true, true, true), Structure(spec, "SlowDown").Error);
        Assert.Equal(new ErrorSpec("Busy", null, true, true, false), Structure(spec, "Busy").Error);
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("\"smithy.api#auth\": []", "", false)]
    [InlineData("\"smithy.api#auth\": [\"smithy.api#noAuth\", \"aws.auth#sigv4\"]", "", false)]
    [InlineData("\"smithy.api#auth\": [], \"smithy.api#optionalAuth\": {}", "", false)]
    [InlineData("\"smithy.api#optionalAuth\": {}", "", true)]
    [InlineData("", "\"smithy.api#auth\": [],", false)]
    [InlineData("\"smithy.api#auth\": [\"aws.auth#sigv4\"]", "\"smithy.api#auth\": [],", true)]
    public void AuthTraitsDecideWhetherAnOperationIsSigned(string operationTraits, string serviceTraits, bool signed)
    {
        var spec = ReadSpec(Ast(GetThing(operationTraits: operationTraits), serviceTraits: serviceTraits + SmithyText.DefaultServiceTraits));

        Assert.Equal(signed, Assert.Single(spec.Operations).IsSigned);
    }

    [Fact]
    public void ServiceWithoutAuthSchemesHasUnsignedOperations()
    {
        var spec = ReadSpec(Ast(GetThing(), serviceTraits: "\"aws.api#service\": { \"sdkId\": \"Example\" }, \"aws.protocols#restJson1\": {}"));

        Assert.False(Assert.Single(spec.Operations).IsSigned);
    }

    [Fact]
    public void PaginatedTraitMergesTheServiceDefaultsWithTheOperations()
    {
        // Paginators are checked as read: resolving them against the shapes is SpecBuilder's job, for both formats.
        var definition = ModelSpecs.ReadDefinitionText(Ast(
            GetThing(operationTraits: "\"smithy.api#paginated\": { \"items\": \"things\", \"pageSize\": \"max\" }"),
            serviceTraits: "\"smithy.api#paginated\": { \"inputToken\": \"next\", \"outputToken\": \"next\", \"pageSize\": \"limit\" }," + SmithyText.DefaultServiceTraits));

        Assert.Equal(Paginators.Of("next", "next", "max", "things"), Paginators.AsRead(Assert.Single(definition.Operations).Paginator));
    }

    [Fact]
    public void SiblingPaginatorsFileAddsPaginatorsOnlyWhereThePaginatedTraitIsMissing()
    {
        var text = Ast(GetThing(operationTraits: "\"smithy.api#paginated\": { \"inputToken\": \"a\", \"outputToken\": \"b\" }") + """
            ,
            "com.example#ListThings": { "type": "operation", "traits": { "smithy.api#http": { "method": "GET", "uri": "/things" } } }
            """, operations: "\"com.example#GetThing\", \"com.example#ListThings\"");
        var paginators = """
            { "pagination": {
                "GetThing": { "input_token": "x", "output_token": "y" },
                "ListThings": { "input_token": "NextToken", "output_token": "NextToken", "limit_key": "Max", "result_key": ["Things", "Count"] }
            } }
            """;

        var definition = ModelSpecs.ReadDefinitionText(text, paginators);

        Assert.Equal(Paginators.Of("a", "b", null, null), Paginators.AsRead(definition.Operations.Single(o => o.Name == "GetThing").Paginator));
        Assert.Equal(Paginators.Of("NextToken", "NextToken", "Max", "Things") with { ResultKeys = new[] { "Things", "Count" }.ToEquatableArray() },
            Paginators.AsRead(definition.Operations.Single(o => o.Name == "ListThings").Paginator));
    }

    [Fact]
    public void UnitInputAndOutputMeanNone()
    {
        var spec = ReadSpec(Ast("""
            "com.example#Ping": {
              "type": "operation",
              "input": { "target": "smithy.api#Unit" },
              "output": { "target": "smithy.api#Unit" },
              "traits": { "smithy.api#http": { "method": "POST", "uri": "/ping" } }
            }
            """, operations: "\"com.example#Ping\""));

        var ping = Assert.Single(spec.Operations);
        Assert.Null(ping.Input);
        Assert.Null(ping.Output);
        Assert.Empty(spec.Structures);
    }

    [Fact]
    public void PreludeShapesResolveAndKeepTheirLocalNames()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: """
            "a": { "target": "smithy.api#Blob" },
            "b": { "target": "smithy.api#BigDecimal" },
            "c": { "target": "smithy.api#Document" },
            "d": { "target": "smithy.api#PrimitiveLong" }
            """)));

        var output = Structure(spec, "GetThingOutput");
        Assert.Equal(
            new[] { (TypeKind.Blob, "Blob"), (TypeKind.BigDecimal, "BigDecimal"), (TypeKind.Document, "Document"), (TypeKind.Long, "PrimitiveLong") },
            output.Members.Select(m => (m.Type.Kind, m.Type.ShapeName)));
        Assert.True(output.Members[3].IsNullable);
    }

    [Fact]
    public void ShapesSharingANameKeepItInTheServiceNamespaceAndTheOthersTheirIds()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: """
            "mine": { "target": "com.example#Item" },
            "theirs": { "target": "com.other#Item" },
            "text": { "target": "com.example#String" }
            """) + """
            ,
            "com.example#Item": { "type": "structure", "members": {} },
            "com.other#Item": { "type": "structure", "members": {} },
            "com.example#String": { "type": "string", "traits": { "smithy.api#length": { "max": 3 } } }
            """));

        Assert.Equal("Item", Member(spec, "GetThingOutput", "mine").Type.TypeName);
        Assert.Equal("ComOtherItem", Member(spec, "GetThingOutput", "theirs").Type.TypeName);
        Assert.Equal(new Constraints(MaxLength: 3), Member(spec, "GetThingOutput", "text").Type.Constraints);
    }

    [Fact]
    public void ServiceRenameNamesTheShape()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: "\"theirs\": { \"target\": \"com.other#Item\" }") + """
            ,
            "com.other#Item": { "type": "structure", "members": {} }
            """, serviceExtra: "\"rename\": { \"com.other#Item\": \"OtherItem\" },"));

        var theirs = Member(spec, "GetThingOutput", "theirs");
        Assert.Equal(("OtherItem", "OtherItem"), (theirs.Type.ShapeName, theirs.Type.TypeName));
    }

    [Fact]
    public void UnionMembersAndDeprecationAreRead()
    {
        var spec = ReadSpec(Ast(GetThing(outputMembers: "\"choice\": { \"target\": \"com.example#Choice\", \"traits\": { \"smithy.api#deprecated\": { \"message\": \"Use other.\", \"since\": \"2024\" } } }") + """
            ,
            "com.example#Choice": {
              "type": "union",
              "members": {
                "text": { "target": "smithy.api#String" },
                "number": { "target": "smithy.api#Integer" },
                "nothing": { "target": "smithy.api#Unit" }
              }
            }
            """));

        var union = Assert.Single(spec.Unions);
        Assert.Equal(new[] { "text", "number", "nothing" }, union.Members.Select(m => m.Name));
        Assert.Equal(TypeKind.Structure, union.Members[2].Type.Kind);
        Assert.Equal(new Deprecation("Use other."), Member(spec, "GetThingOutput", "choice").Deprecation);
    }
}
