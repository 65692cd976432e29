using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Injector.Core.Admission;

/// <summary>Source-generated metadata for writing patches.</summary>
[JsonSerializable(typeof(JsonArray))]
internal sealed partial class PatchJsonContext : JsonSerializerContext;
