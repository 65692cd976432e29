using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>
/// One operation of a patch being built: its name, JSON pointer and, for add and replace, the value, which is a node
/// of the target document itself until the patch is written out.
/// </summary>
internal readonly record struct PatchOperation(string Op, string Path, JsonNode? Value, bool HasValue);
