using Meter.Core.Sale;
using Meter.Esp32.Display;
using Meter.Esp32.Input;

namespace Meter.Esp32
{
    /// <summary>
    /// The hardware the UI thread serves before each pass: the coin captures the RMT finished go to the
    /// decoder's queue; the acceptor opens only while the sale flow
    /// takes coins and the supply is good; a sagging supply blanks the panel; a panel that stopped
    /// answering puts the meter out of service ("DISPLAY FAULT": nobody should pay for what they cannot
    /// see) until it is re-initialised, and then gets the whole frame again.
    /// </summary>
    public sealed class Peripherals : IUiPeripherals
    {
        private readonly Ssd1306Display _display;
        private readonly CoinLine _coins;
        private readonly SupplyMonitor _supply;

        public Peripherals(Ssd1306Display display, CoinLine coins, SupplyMonitor supply)
        {
            _display = display;
            _coins = coins;
            _supply = supply;
        }

        public void BeforeStep(UiStep loop, long nowMs)
        {
            bool supplyGood = _supply.Good;
            _coins.Poll();
            _coins.Accept(supplyGood && loop.Flow.CoinsEnabled);
            bool wasBlank = _display.Blanked;
            _display.Blank(!supplyGood);
            if (_display.Fault == null)
            {
                if (wasBlank && supplyGood)
                {
                    loop.ResendDisplay();
                }

                return;
            }

            loop.HardwareFault = "DISPLAY FAULT";
            if (_display.TryRecover(nowMs))
            {
                loop.HardwareFault = null;
                loop.ResendDisplay();
            }
        }
    }
}
