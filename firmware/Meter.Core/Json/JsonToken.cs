namespace Meter.Core.Json
{
    /// <summary>What <see cref="JsonReader.Read"/> found.</summary>
    public enum JsonToken
    {
        /// <summary>Before the first token, or after the last.</summary>
        None = 0,
        /// <summary>'{'.</summary>
        StartObject = 1,
        /// <summary>'}'.</summary>
        EndObject = 2,
        /// <summary>'['.</summary>
        StartArray = 3,
        /// <summary>']'.</summary>
        EndArray = 4,
        /// <summary>An object member's name.</summary>
        PropertyName = 5,
        /// <summary>A string value.</summary>
        String = 6,
        /// <summary>A number value.</summary>
        Number = 7,
        /// <summary>true.</summary>
        True = 8,
        /// <summary>false.</summary>
        False = 9,
        /// <summary>null.</summary>
        Null = 10,

        /// <summary>The document is complete and nothing but white space followed it.</summary>
        End = 11,
    }
}
