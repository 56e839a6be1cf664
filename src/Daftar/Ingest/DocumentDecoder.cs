using System.Buffers;
using System.Globalization;
using System.Text;

namespace Daftar.Ingest;

/// <summary>
/// Turns a document's bytes into text. BOM-aware (UTF-8, UTF-16 LE/BE); without a BOM the bytes must be
/// strict UTF-8, except that an HTML/XML page declaring another charset (e.g. windows-1256) in its head is
/// decoded with that charset when it is not valid UTF-8. Binary content is refused before any decoding, so
/// an image or archive is reported as binary rather than as invalid UTF-8.
/// </summary>
public static class DocumentDecoder
{
    /// <summary>How many leading bytes are examined for binary content and charset declarations.</summary>
    private const int SniffLength = 8192;

    // C0 controls other than tab, LF, FF, CR, and DEL: their presence in bulk means "not text".
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
         0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SearchValues<byte> CharsetEnd = SearchValues.Create(" \t\r\n\"';/>"u8);

    /// <summary>Decodes <paramref name="bytes"/> to a string without BOM.</summary>
    /// <exception cref="IngestException">Empty, Binary or InvalidEncoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestException(IngestProblem.Empty, "The file is empty.");
        }

        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = DecodeUtf16(bytes[2..], bigEndian: false);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = DecodeUtf16(bytes[2..], bigEndian: true);
        }
        else
        {
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var body = hasBom ? bytes[3..] : bytes;
            RefuseBinary(body);
            text = DecodeUtf8OrDeclared(body, allowDeclared: !hasBom);
        }

        if (text.AsSpan().IsWhiteSpace())
        {
            throw new IngestException(IngestProblem.Empty, "The file holds only whitespace.");
        }

        return text;
    }

    private static void RefuseBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasBinaryMagic(bytes, out var kind))
        {
            throw new IngestException(IngestProblem.Binary, $"This is a binary file ({kind}), not a text document.");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new IngestException(
                IngestProblem.Binary,
                string.Create(CultureInfo.InvariantCulture, $"This is a binary file, not a text document (NUL byte at offset {nul})."));
        }

        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        var controls = 0;
        var rest = head;
        int i;
        while ((i = rest.IndexOfAny(ControlBytes)) >= 0)
        {
            controls++;
            rest = rest[(i + 1)..];
        }

        // A few stray escapes happen in real text; one control byte in ten does not.
        if (controls > 8 && controls * 10 > head.Length)
        {
            throw new IngestException(IngestProblem.Binary, "This is a binary file, not a text document (too many control characters).");
        }
    }

    private static bool HasBinaryMagic(ReadOnlySpan<byte> b, out string kind)
    {
        kind = b switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "GIF image",
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "PDF",
            [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "ZIP archive or Office document",
            [0x1F, 0x8B, ..] => "gzip archive",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', ..] => "RIFF media",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "legacy Office document",
            [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "executable",
            [(byte)'S', (byte)'Q', (byte)'L', (byte)'i', (byte)'t', (byte)'e', ..] => "SQLite database",
            _ => "",
        };
        return kind.Length > 0;
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new IngestException(
                IngestProblem.InvalidEncoding,
                string.Create(CultureInfo.InvariantCulture, $"Invalid UTF-16: odd number of bytes (truncated at byte offset {bytes.Length + 2})."));
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new IngestException(
                IngestProblem.InvalidEncoding,
                string.Create(CultureInfo.InvariantCulture, $"Invalid UTF-16: unpaired surrogate near byte offset {e.Index + 2}."),
                e);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new IngestException(IngestProblem.Binary, "This is a binary file, not a text document (NUL character).");
        }

        return text;
    }

    private static string DecodeUtf8OrDeclared(ReadOnlySpan<byte> bytes, bool allowDeclared)
    {
        try
        {
            // One strict pass; the exception path (bad bytes or another charset) is rare.
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }

        if (allowDeclared && DeclaredEncoding(bytes) is { } declared)
        {
            try
            {
                return declared.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new IngestException(
                    IngestProblem.InvalidEncoding,
                    string.Create(CultureInfo.InvariantCulture, $"Invalid {declared.WebName} text near byte offset {e.Index}."),
                    e);
            }
        }

        var offset = FirstInvalidUtf8(bytes);
        var what = offset + 4 > bytes.Length && IsTruncatedSequence(bytes[offset..])
            ? "a multi-byte sequence is cut off at the end of the file"
            : "invalid byte sequence";
        throw new IngestException(
            IngestProblem.InvalidEncoding,
            string.Create(CultureInfo.InvariantCulture, $"Invalid UTF-8: {what} at byte offset {offset} (0x{bytes[offset]:X2})."));
    }

    /// <summary>The byte offset of the first byte that does not start a valid UTF-8 sequence.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var asciiRun = bytes[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (asciiRun < 0)
            {
                return bytes.Length;
            }

            offset += asciiRun;
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length;
    }

    private static bool IsTruncatedSequence(ReadOnlySpan<byte> tail) =>
        Rune.DecodeFromUtf8(tail, out _, out _) == OperationStatus.NeedMoreData;

    /// <summary>A non-UTF-8 charset declared by an HTML meta tag or XML declaration in the first bytes.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        var name = FindCharsetName(head);
        if (name is null)
        {
            return null;
        }

        var lower = name.ToLowerInvariant();
        if (lower is "utf-8" or "utf8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode")
        {
            return null;
        }

        try
        {
            var fallback = DecoderFallback.ExceptionFallback;
            var provider = CodePagesEncodingProvider.Instance.GetEncoding(lower, EncoderFallback.ExceptionFallback, fallback);
            return provider ?? Encoding.GetEncoding(lower, EncoderFallback.ExceptionFallback, fallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FindCharsetName(ReadOnlySpan<byte> head)
    {
        // Matches charset=NAME in <meta charset="…">, <meta http-equiv content="text/html; charset=…">,
        // and encoding="…" in an XML declaration. ASCII only, case-insensitive.
        foreach (var key in (ReadOnlySpan<string>)["charset", "encoding"])
        {
            var rest = head;
            int i;
            while ((i = IndexOfAsciiIgnoreCase(rest, key)) >= 0)
            {
                var after = rest[(i + key.Length)..];
                after = after.TrimStart(" \t\r\n"u8);
                if (after.Length > 0 && after[0] == (byte)'=')
                {
                    after = after[1..].TrimStart(" \t\r\n\"'"u8);
                    var end = after.IndexOfAny(CharsetEnd);
                    var value = end < 0 ? after : after[..end];
                    if (value.Length is > 0 and <= 40 && Ascii.IsValid(value))
                    {
                        return Encoding.ASCII.GetString(value);
                    }
                }

                rest = rest[(i + key.Length)..];
            }
        }

        return null;
    }

    private static int IndexOfAsciiIgnoreCase(ReadOnlySpan<byte> haystack, string needle)
    {
        var first = (byte)needle[0];
        var upper = (byte)char.ToUpperInvariant(needle[0]);
        var offset = 0;
        while (offset < haystack.Length)
        {
            var i = haystack[offset..].IndexOfAny(first, upper);
            if (i < 0)
            {
                return -1;
            }

            var at = offset + i;
            if (at + needle.Length <= haystack.Length
                && Ascii.EqualsIgnoreCase(haystack.Slice(at, needle.Length), needle))
            {
                return at;
            }

            offset = at + 1;
        }

        return -1;
    }
}
