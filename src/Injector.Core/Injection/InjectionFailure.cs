namespace Injector.Core.Injection;

/// <summary>Stops injection of one pod; the pipeline turns it into a failed result with its reason.</summary>
internal sealed class InjectionFailure : Exception
{
    public InjectionFailure(InjectionReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public InjectionReason Reason { get; }
}
