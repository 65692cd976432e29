namespace Injector.Webhook.Tests.TestSupport;

/// <summary>Waits for a condition the server reaches on its own (a file check), with a generous bound.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"timed out waiting until {what}");
    }
}
