using System.Buffers.Binary;
using System.IO.Compression;

namespace MeterSim;

/// <summary>
/// Writes the 128x64 screen as a 1-bit PNG (scaled up for viewing). Hand-written because it is a few
/// lines over ZLibStream and Crc32, and a full imaging library would be far more than this needs.
/// </summary>
public static class PngWriter
{
    public static void Write(string path, Func<int, int, bool> pixel, int width, int height, int scale)
    {
        int w = width * scale;
        int h = height * scale;
        int rowBytes = (w + 7) / 8;
        using var raw = new MemoryStream();
        for (int y = 0; y < h; y++)
        {
            raw.WriteByte(0);
            var row = new byte[rowBytes];
            for (int x = 0; x < w; x++)
            {
                // Lit pixels drawn white on black, like the OLED.
                if (pixel(x / scale, y / scale))
                {
                    row[x / 8] |= (byte)(0x80 >> (x % 8));
                }
            }

            raw.Write(row);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        using var file = File.Create(path);
        file.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, w);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), h);
        header[8] = 1; // bit depth
        header[9] = 0; // greyscale
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", Array.Empty<byte>());
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = new System.IO.Hashing.Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, crc.GetCurrentHashAsUInt32());
        stream.Write(sum);
    }
}
