namespace Injector.Core.Injection.TemplateData;

/// <summary>How a Kubernetes Go field appears to templates, and so what its zero value is.</summary>
internal enum KubeFieldKind
{
    /// <summary>string; zero "".</summary>
    String,

    /// <summary>bool; zero false.</summary>
    Bool,

    /// <summary>int32/int64; zero 0.</summary>
    Int,

    /// <summary>map[string]string; zero an empty map.</summary>
    StringMap,

    /// <summary>[]string; zero an empty list.</summary>
    StringList,

    /// <summary>An embedded struct; zero a struct of zero fields.</summary>
    Struct,

    /// <summary>A pointer to a struct; zero nil.</summary>
    Pointer,

    /// <summary>A slice of structs; zero an empty list.</summary>
    StructList,
}
