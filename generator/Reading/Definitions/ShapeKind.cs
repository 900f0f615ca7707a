namespace CodeGen.Generator.Reading.Definitions;

/// <summary>The shape types readers recognise.</summary>
internal enum ShapeKind
{
    String,
    Boolean,
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Timestamp,
    Blob,
    Document,
    Enum,
    IntEnum,
    List,
    Map,
    Structure,
    Union,
}
