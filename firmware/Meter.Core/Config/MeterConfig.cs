using Meter.Core.Journal;
using Meter.Core.Tariffs;

namespace Meter.Core.Config
{
    /// <summary>The meter's whole configuration, read from nf.config and the secrets file by <see cref="MeterConfigReader"/>.</summary>
    public sealed class MeterConfig
    {
        /// <summary>A whole configuration, read and checked (see <see cref="MeterConfigReader"/>).</summary>
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

        /// <summary>[meter]: id, zone and currency.</summary>
        public MeterSettings Meter { get; private set; }

        /// <summary>Rates, enforcement and the local time zone they are written in.</summary>
        public Tariff Tariff { get; private set; }

        /// <summary>[opscom]: where permits go and how.</summary>
        public OpsComSettings OpsCom { get; private set; }

        /// <summary>[sync]: request deadline, back-off and answer size.</summary>
        public SyncSettings Sync { get; private set; }

        /// <summary>[coins]: what the acceptor's pulse trains mean.</summary>
        public CoinTable Coins { get; private set; }

        /// <summary>[keypad]: multi-tap, debounce and idle times.</summary>
        public KeypadSettings Keypad { get; private set; }

        /// <summary>[display]: the OLED's address, contrast and mounting.</summary>
        public DisplaySettings Display { get; private set; }

        /// <summary>[console]: the operator console's port.</summary>
        public ConsoleSettings Console { get; private set; }

        /// <summary>[journal]: how much flash and how many permits the journal may hold.</summary>
        public JournalSettings Journal { get; private set; }

        /// <summary>[wifi] ssid: the network the meter joins ("" when not set).</summary>
        public string WifiSsid { get; private set; }

        /// <summary>secrets.config: API token, Wi-Fi password, technician PIN.</summary>
        public Secrets Secrets { get; private set; }
    }
}
