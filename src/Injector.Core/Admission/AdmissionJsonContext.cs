using System.Text.Json.Serialization;

namespace Injector.Core.Admission;

/// <summary>Source-generated System.Text.Json metadata for the AdmissionReview types (no reflection on the request path).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(AdmissionReview))]
public sealed partial class AdmissionJsonContext : JsonSerializerContext;
