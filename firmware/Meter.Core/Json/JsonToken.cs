namespace Meter.Core.Json
{
    /// <summary>What <see cref="JsonReader.Read"/> found. Integer constants: nanoFramework prints enums as numbers.</summary>
    public static class JsonToken
    {
        public const int None = 0;
        public const int StartObject = 1;
        public const int EndObject = 2;
        public const int StartArray = 3;
        public const int EndArray = 4;
        public const int PropertyName = 5;
        public const int String = 6;
        public const int Number = 7;
        public const int True = 8;
        public const int False = 9;
        public const int Null = 10;

        /// <summary>The document is complete and nothing but white space followed it.</summary>
        public const int End = 11;
    }
}
