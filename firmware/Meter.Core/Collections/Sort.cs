namespace Meter.Core.Collections
{
    /// <summary>
    /// Insertion sorts for the short arrays the core sorts (boundaries, holidays, file generations):
    /// mscorlib on the device has no Array.Sort, and without generics each element type needs its own.
    /// </summary>
    public static class Sort
    {
        /// <summary>Sorts the first <paramref name="count"/> values ascending, in place, without allocating.</summary>
        public static void Ints(int[] values, int count)
        {
            for (int i = 1; i < count; i++)
            {
                int value = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > value)
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = value;
            }
        }

        /// <summary>Sorts the first <paramref name="count"/> values ascending, in place, without allocating.</summary>
        public static void Longs(long[] values, int count)
        {
            for (int i = 1; i < count; i++)
            {
                long value = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > value)
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = value;
            }
        }
    }
}
