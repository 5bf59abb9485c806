namespace Meter.Core.Sale
{
    /// <summary>
    /// Plate entry on a 4x4 keypad with multi-tap letters, as on a phone: 2 = A B C 2, 3 = D E F 3,
    /// 4 = G H I 4, 5 = J K L 5, 6 = M N O 6, 7 = P Q R S 7, 8 = T U V 8, 9 = W X Y Z 9; 1 and 0 are
    /// digits, typed again at each press. Tapping the same key again within the multi-tap time cycles its letter; another key, the
    /// time running out, or A accepts it. Plates are A-Z and 0-9, 1 to 25 characters (OPSCOM's limit).
    /// </summary>
    public sealed class PlateEditor
    {
        /// <summary>Longest plate, characters.</summary>
        public const int MaximumLength = 25;

        private static readonly string[] Letters = { "0", "1", "ABC2", "DEF3", "GHI4", "JKL5", "MNO6", "PQRS7", "TUV8", "WXYZ9" };

        private readonly int _multiTapMs;

        // The accepted characters, then room for the one being tapped: typing changes characters in place,
        // and a string is made only when the text is asked for (once per key, for the screen).
        private readonly char[] _chars = new char[MaximumLength + 1];
        private int _length;
        private string _plate = "";
        private int _pendingKey = -1;
        private int _pendingIndex;
        private long _pendingSinceMs;

        /// <summary>An empty plate; a key pressed again within <paramref name="multiTapMs"/> ms steps to its next letter.</summary>
        public PlateEditor(int multiTapMs)
        {
            _multiTapMs = multiTapMs;
        }

        /// <summary>Accepted characters, without the one being tapped.</summary>
        public string Plate
        {
            get
            {
                if (_plate == null)
                {
                    _plate = new string(_chars, 0, _length);
                }

                return _plate;
            }
        }

        /// <summary>The letter being tapped, or '\0'.</summary>
        public char Pending
        {
            get { return _pendingKey < 0 ? '\0' : Letters[_pendingKey][_pendingIndex]; }
        }

        /// <summary>What the screen shows: the accepted characters and the one being tapped.</summary>
        public string Text
        {
            get
            {
                if (_pendingKey < 0)
                {
                    return Plate;
                }

                _chars[_length] = Pending;
                return new string(_chars, 0, _length + 1);
            }
        }

        /// <summary>Empties the plate.</summary>
        public void Clear()
        {
            _length = 0;
            _plate = "";
            _pendingKey = -1;
        }

        /// <summary>A digit key at monotonic time <paramref name="nowMs"/>.</summary>
        public void Digit(int digit, long nowMs)
        {
            // A key with one character (1, 0) has nothing to cycle: each press types it again ("100" typed fast stays 100).
            if (_pendingKey == digit && nowMs - _pendingSinceMs < _multiTapMs && Letters[digit].Length > 1)
            {
                _pendingIndex = (_pendingIndex + 1) % Letters[digit].Length;
                _pendingSinceMs = nowMs;
                return;
            }

            Accept();
            if (_length >= MaximumLength)
            {
                return;
            }

            _pendingKey = digit;
            _pendingIndex = 0;
            _pendingSinceMs = nowMs;
        }

        /// <summary>Accepts the letter being tapped once its time has run out; true when something changed.</summary>
        public bool Tick(long nowMs)
        {
            if (_pendingKey >= 0 && nowMs - _pendingSinceMs >= _multiTapMs)
            {
                Accept();
                return true;
            }

            return false;
        }

        /// <summary>Takes the letter being multi-tapped now, without waiting for the multi-tap time.</summary>
        public void Accept()
        {
            if (_pendingKey >= 0 && _length < MaximumLength)
            {
                _chars[_length++] = Pending;
                _plate = null;
            }

            _pendingKey = -1;
        }

        /// <summary>Drops the letter being tapped, else the last accepted one; false when there was nothing.</summary>
        public bool Backspace()
        {
            if (_pendingKey >= 0)
            {
                _pendingKey = -1;
                return true;
            }

            if (_length == 0)
            {
                return false;
            }

            _length--;
            _plate = null;
            return true;
        }
    }
}
