using System.Text.Json.Nodes;

namespace Injector.Core.Templating;

/// <summary>A value that knows how Go's encoding/json writes it (field order and omitempty rules of its Go type).</summary>
public interface IJsonMarshaler
{
    /// <summary>The JSON Go would produce, with object properties in Go's order.</summary>
    JsonNode? ToJsonNode();
}
