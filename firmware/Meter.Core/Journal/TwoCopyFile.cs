using Meter.Core.Codec;
using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// A small record kept in two files written in turn, each "u32 serial, payload, u32 CRC-32": the newest
    /// valid copy is the record. A write the power interrupts, even one that leaves a torn file, spoils only
    /// itself; the other copy still holds the record before it. Both files are rewritten in place, never
    /// deleted, which on littlefs is the cheapest write there is.
    /// </summary>
    internal sealed class TwoCopyFile
    {
        // No store or names here: every field is a 12-byte heap block on nanoFramework, and the journal keeps this object for good.
        private readonly int _maximumPayload;
        private byte[] _buffer;
        private int _newest = 1;
        private long _serial;

        public TwoCopyFile(int maximumPayload)
        {
            _maximumPayload = maximumPayload;
        }

        /// <summary>A copy was found torn or empty at <see cref="Read"/>: a write the power interrupted.</summary>
        public bool Torn { get; private set; }

        /// <summary>The buffer to encode a payload into, from <see cref="PayloadOffset"/> (made at the first write: the heap is small).</summary>
        public byte[] Buffer
        {
            get
            {
                if (_buffer == null)
                {
                    _buffer = new byte[_maximumPayload + 8];
                }

                return _buffer;
            }
        }

        /// <summary>Where the payload starts in <see cref="Buffer"/>.</summary>
        public const int PayloadOffset = 4;

        /// <summary>Writes the payload encoded in <see cref="Buffer"/> (<paramref name="payloadLength"/> bytes) into the older copy of the two <paramref name="names"/>.</summary>
        public void Write(IFileStore store, string[] names, int payloadLength)
        {
            // A u32 that never wraps in a meter's life: each write is a littlefs commit, and 2^32 of them is far more
            // than the partition's blocks can take (see JournalFile.NameOf); the audit's writes are one per coin.
            long serial = _serial + 1;
            byte[] buffer = Buffer;
            PermitCodec.PutU32(buffer, 0, serial);
            int end = PermitCodec.PutU32(buffer, PayloadOffset + payloadLength, Crc32.Compute(buffer, 0, PayloadOffset + payloadLength));
            store.Replace(names[1 - _newest], buffer, end);
            _newest = 1 - _newest;
            _serial = serial;
        }

        /// <summary>
        /// The newest valid copy's payload (a new array) of the two <paramref name="names"/>, or null when neither holds
        /// one. Unreadable copies are added to <paramref name="unreadable"/>, torn ones to <paramref name="torn"/>.
        /// </summary>
        public byte[] Read(IFileStore store, string[] names, System.Collections.ArrayList unreadable, System.Collections.ArrayList torn)
        {
            byte[] best = null;
            for (int copy = 0; copy < 2; copy++)
            {
                string name = names[copy];
                byte[] data;
                try
                {
                    data = store.Read(name, _maximumPayload + 8);
                }
                catch (System.Exception)
                {
                    unreadable.Add(name);
                    continue;
                }

                if (data == null)
                {
                    continue;
                }

                if (data.Length < 8 || Crc32.Compute(data, 0, data.Length - 4) != (uint)PermitCodec.GetU32(data, data.Length - 4))
                {
                    Torn = true;
                    torn.Add(name);
                    continue;
                }

                long serial = PermitCodec.GetU32(data, 0);
                if (best == null || serial > _serial)
                {
                    best = data;
                    _serial = serial;
                    _newest = copy;
                }
            }

            if (best == null)
            {
                return null;
            }

            byte[] payload = new byte[best.Length - 8];
            System.Array.Copy(best, PayloadOffset, payload, 0, payload.Length);
            return payload;
        }
    }
}
