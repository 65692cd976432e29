namespace Injector.Core.Admission;

/// <summary>The webhook's answer: admitted or not, and the JSON patch to apply when admitted.</summary>
public sealed class AdmissionResponse
{
    /// <summary>The PatchType of an RFC 6902 patch.</summary>
    public const string JsonPatchType = "JSONPatch";

    /// <summary>The request's uid, echoed.</summary>
    public string? Uid { get; set; }

    /// <summary>Whether the object may be admitted.</summary>
    public bool Allowed { get; set; }

    /// <summary>Why the object was refused; shown to the user by the API server.</summary>
    public AdmissionStatus? Status { get; set; }

    /// <summary>The RFC 6902 patch as UTF-8 JSON (base64 on the wire).</summary>
    public byte[]? Patch { get; set; }

    /// <summary><see cref="JsonPatchType"/> when a patch is present.</summary>
    public string? PatchType { get; set; }

    /// <summary>Annotations the API server adds to its audit event.</summary>
    public IReadOnlyDictionary<string, string>? AuditAnnotations { get; set; }

    /// <summary>Warnings the API server relays to the client (kubectl prints them).</summary>
    public IReadOnlyList<string>? Warnings { get; set; }

    /// <summary>An admission without changes.</summary>
    public static AdmissionResponse Allow(string? uid, IReadOnlyList<string>? warnings = null) =>
        new() { Uid = uid ?? string.Empty, Allowed = true, Warnings = warnings is { Count: > 0 } ? warnings : null };

    /// <summary>A refusal with a message naming the cause.</summary>
    public static AdmissionResponse Deny(string? uid, string message, int code = 400) => new()
    {
        Uid = uid ?? string.Empty,
        Allowed = false,
        Status = new AdmissionStatus { Status = AdmissionStatus.Failure, Message = message, Code = code },
    };
}
