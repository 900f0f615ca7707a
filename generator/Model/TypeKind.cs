namespace CodeGen.Generator.Model;

/// <summary>The kinds of value a member can hold.</summary>
internal enum TypeKind
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
