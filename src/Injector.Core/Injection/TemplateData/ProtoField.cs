namespace Injector.Core.Injection.TemplateData;

/// <summary>A field of a protobuf message: its Go name, its protobuf-JSON name and its shape.</summary>
internal sealed record ProtoField(string GoName, string JsonName, ProtoKind Kind)
{
    /// <summary>The message type for <see cref="ProtoKind.Message"/> and <see cref="ProtoKind.RepeatedMessage"/>; null for an untyped message.</summary>
    public ProtoMessageType? MessageType { get; init; }

    /// <summary>The enum type for <see cref="ProtoKind.Enum"/>.</summary>
    public ProtoEnumType? EnumType { get; init; }

    /// <summary>What <c>GetValue</c> returns on a nil wrapper (false, 0 or "").</summary>
    public object? WrapperZero { get; init; }
}
