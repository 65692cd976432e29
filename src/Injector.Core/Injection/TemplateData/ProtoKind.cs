namespace Injector.Core.Injection.TemplateData;

/// <summary>The shape of a protobuf field, which decides its Go value and its proto3 zero value.</summary>
internal enum ProtoKind
{
    /// <summary>string.</summary>
    String,

    /// <summary>int32, uint32 or int64 (printed as a Go int).</summary>
    Int,

    /// <summary>bool.</summary>
    Bool,

    /// <summary>double or float.</summary>
    Double,

    /// <summary>An enum, printed by name.</summary>
    Enum,

    /// <summary>A message (a pointer: nil when absent).</summary>
    Message,

    /// <summary>google.protobuf.Duration, written as <c>"45s"</c>.</summary>
    Duration,

    /// <summary>A wrapper such as google.protobuf.BoolValue: nil when absent, <c>.GetValue</c> otherwise.</summary>
    Wrapper,

    /// <summary>map&lt;string, string&gt;.</summary>
    StringMap,

    /// <summary>repeated string.</summary>
    RepeatedString,

    /// <summary>repeated message.</summary>
    RepeatedMessage,
}
