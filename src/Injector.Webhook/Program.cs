using Injector.Webhook;

using Microsoft.Extensions.Options;

try
{
    WebhookApplication.Build(args).Run();
    return 0;
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    // Bad settings at start-up: say what is wrong and stop, rather than serve with a config nobody asked for.
    Console.Error.WriteLine($"injector-webhook: {ex.Message}");
    return 1;
}
