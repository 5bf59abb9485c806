using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Tariffs;

namespace Meter.Core.Config
{
    /// <summary>
    /// The rules that tie nf.config keys together, one named function each, so the reader states which
    /// it applies. Each reports against the key a technician should change, on its line.
    /// </summary>
    public static class ConfigRules
    {
        /// <summary>Without an escrow every coin must buy time: the minimum purchase may not exceed the smallest coin.</summary>
        public static void MinimumPurchaseWithinSmallestCoin(Tariff tariff, CoinTable coins, SectionReader tariffSection, ConfigErrors errors)
        {
            if (tariff != null && coins != null && coins.Count > 0 && tariff.MinimumPurchaseCents > coins.SmallestCoinCents)
            {
                errors.Add(tariffSection.LineOf(ConfigSchema.MinimumPurchase), ConfigSchema.MinimumPurchase.FullName, "is above the smallest coin (" + Cents.Format(coins.SmallestCoinCents)
                    + "): without an escrow every coin must buy time");
            }
        }

        /// <summary>
        /// The pulse timing must let every coin decode: a real pulse is no glitch, the space inside a train does not end
        /// it, and the longest coin's train (pulses, spaces and the gap that ends it) ends inside the jam window, or the
        /// motorist's biggest coin reads as a jam.
        /// </summary>
        public static void CoinTrainsFitTheJamWindow(SectionReader coins, CoinTable table)
        {
            if (table.MinimumPulseMs >= table.PulseMs)
            {
                coins.Error(coins.LineOf(ConfigSchema.PulseMinimumMs), ConfigSchema.PulseMinimumMs, "must be below pulse_ms (" + table.PulseMs.ToString() + "): real pulses would read as glitches");
            }

            if (table.GapMs <= table.SpaceMs)
            {
                coins.Error(coins.LineOf(ConfigSchema.PulseGapMs), ConfigSchema.PulseGapMs, "must be above pulse_space_ms (" + table.SpaceMs.ToString() + "): one coin's train would end between its pulses");
            }

            if (table.LongestTrainMs >= table.JamMs)
            {
                coins.Error(coins.LineOf(ConfigSchema.JamMs), ConfigSchema.JamMs, "must be above " + table.LongestTrainMs.ToString() + " (the "
                    + table.MaximumPulses.ToString() + "-pulse coin's train at pulse_ms, pulse_space_ms and pulse_gap_ms): that coin would read as a jam");
            }
        }

        /// <summary>The back-off may not start above where it stops.</summary>
        public static void BackoffMinimumNotAboveMaximum(SectionReader sync, int minimumMs, int maximumMs)
        {
            if (minimumMs > maximumMs)
            {
                sync.Error(sync.LineOf(ConfigSchema.BackoffMaximumMs), ConfigSchema.BackoffMaximumMs, "must not be below backoff_min_ms");
            }
        }

        /// <summary>HTTPS needs the root certificate the server must chain to: the device trusts none by default.</summary>
        public static void HttpsNeedsRootCa(SectionReader opsCom, string baseUrl, string rootCa)
        {
            if (baseUrl.StartsWith("https://") && rootCa.Length == 0)
            {
                opsCom.Error(0, ConfigSchema.RootCa, "missing: https needs the root certificate the server must chain to");
            }
        }

        /// <summary>
        /// The journal must fit the littlefs partition beside the other files, by the flash cost estimate the
        /// journal itself uses: a larger capacity would let littlefs run out before the journal refuses a sale.
        /// </summary>
        public static void JournalFitsPartition(SectionReader journal, int capacityBytes, int partitionBytes, int reserveBytes)
        {
            int line = journal.LineOf(ConfigSchema.CapacityBytes);
            int minimum = PermitJournal.MinimumCapacityBytes(JournalSettings.DefaultRingFiles);
            if (capacityBytes > partitionBytes - reserveBytes)
            {
                journal.Error(line, ConfigSchema.CapacityBytes, "the partition (" + partitionBytes.ToString() + " bytes, " + reserveBytes.ToString()
                    + " reserved for the other files) holds at most " + (partitionBytes - reserveBytes).ToString());
            }
            else if (capacityBytes < minimum)
            {
                journal.Error(line, ConfigSchema.CapacityBytes, "must be at least " + minimum.ToString() + " (the journal's ring files and working reserve)");
            }
        }

        /// <summary>The permits the journal holds must fit the managed heap it is budgeted against.</summary>
        public static void JournalFitsHeap(SectionReader journal, int capacityRecords, int heapBytes)
        {
            long needed = NanoHeap.JournalBytes(capacityRecords);
            if (needed > heapBytes)
            {
                journal.Error(journal.LineOf(ConfigSchema.CapacityRecords), ConfigSchema.CapacityRecords,
                    capacityRecords.ToString() + " permits need about " + needed.ToString() + " bytes of managed heap; heap_bytes allows " + heapBytes.ToString());
            }
        }
    }
}
