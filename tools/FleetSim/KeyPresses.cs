namespace FleetSim;

/// <summary>The keys a motorist presses to type a plate with multi-tap (2 = A B C 2, ...), each letter accepted with A at once.</summary>
public static class KeyPresses
{
    private static readonly string[] Letters = { "0", "1", "ABC2", "DEF3", "GHI4", "JKL5", "MNO6", "PQRS7", "TUV8", "WXYZ9" };

    /// <summary>The key sequence for <paramref name="plate"/> (A-Z, 0-9).</summary>
    public static string For(string plate)
    {
        var keys = new System.Text.StringBuilder();
        foreach (char c in plate)
        {
            int key = Array.FindIndex(Letters, l => l.Contains(c));
            if (key < 0)
            {
                throw new ArgumentException("a plate has only A-Z and 0-9: " + plate);
            }

            keys.Append((char)('0' + key), Letters[key].IndexOf(c) + 1).Append('A');
        }

        return keys.ToString();
    }
}
