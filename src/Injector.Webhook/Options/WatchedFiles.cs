using System.Security.Cryptography;
using System.Text;

namespace Injector.Webhook.Options;

/// <summary>
/// One read of a set of watched files with a hash of their content. Comparing content (rather than watching paths)
/// sees every way a file can change, including Kubernetes swapping the <c>..data</c> symlink of a ConfigMap or Secret
/// mount; loading from the same bytes that were hashed means a change that lands mid-read is seen on the next check.
/// </summary>
internal sealed class WatchedFiles
{
    private WatchedFiles(IReadOnlyList<string?> contents, string hash)
    {
        Contents = contents;
        Hash = hash;
    }

    /// <summary>Each file's text in the order given; null for a path not configured.</summary>
    public IReadOnlyList<string?> Contents { get; }

    public string Hash { get; }

    /// <summary>Reads the files; a configured file that cannot be read throws <see cref="IOException"/> naming it.</summary>
    public static WatchedFiles Read(params string?[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var contents = new string?[paths.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            if (string.IsNullOrEmpty(paths[i]))
            {
                hash.AppendData("\0unset"u8);
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(paths[i]!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"cannot read '{paths[i]}': {ex.Message}", ex);
            }

            hash.AppendData(SHA256.HashData(bytes));
            contents[i] = Encoding.UTF8.GetString(bytes);
        }

        return new WatchedFiles(contents, Convert.ToHexString(hash.GetHashAndReset()));
    }
}
