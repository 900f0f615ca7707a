using Xunit.Abstractions;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>
/// A case's key as a test argument. xunit shortens string arguments to 50 characters in test names;
/// an object that prints itself keeps the whole case name visible.
/// </summary>
public sealed class CaseKey : IXunitSerializable
{
    public CaseKey()
    {
        Value = "";
    }

    public CaseKey(string value) => Value = value;

    public string Value { get; private set; }

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
