using Meter.Core.Journal;
using Meter.Core.Tariffs;

namespace Meter.Core.Config
{
    /// <summary>The meter's whole configuration, read from nf.config and the secrets file by <see cref="MeterConfigReader"/>.</summary>
    public sealed class MeterConfig
    {
        public MeterConfig(MeterSettings meter, Tariff tariff, OpsComSettings opsCom, SyncSettings sync, CoinTable coins,
            KeypadSettings keypad, DisplaySettings display, ConsoleSettings console, JournalSettings journal, string wifiSsid, Secrets secrets)
        {
            Meter = meter;
            Tariff = tariff;
            OpsCom = opsCom;
            Sync = sync;
            Coins = coins;
            Keypad = keypad;
            Display = display;
            Console = console;
            Journal = journal;
            WifiSsid = wifiSsid;
            Secrets = secrets;
        }

        public MeterSettings Meter { get; private set; }

        /// <summary>Rates, enforcement and the local time zone they are written in.</summary>
        public Tariff Tariff { get; private set; }

        public OpsComSettings OpsCom { get; private set; }

        public SyncSettings Sync { get; private set; }

        public CoinTable Coins { get; private set; }

        public KeypadSettings Keypad { get; private set; }

        public DisplaySettings Display { get; private set; }

        public ConsoleSettings Console { get; private set; }

        public JournalSettings Journal { get; private set; }

        public string WifiSsid { get; private set; }

        public Secrets Secrets { get; private set; }
    }
}
