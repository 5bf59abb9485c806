using nanoFramework.Hardware.Esp32;

namespace Meter.Esp32
{
    /// <summary>
    /// Every pin the meter uses on an ESP32-WROVER board, and nowhere else: hardware/pin-map.md is the
    /// same table for the soldering iron, and a test keeps the two equal. GPIO 16 and 17 are the
    /// WROVER's PSRAM, 6-11 its flash, 1 and 3 the debugger's UART (COM1): none of them appears here.
    /// 34-39 are inputs without pull-ups: the coin and supply lines have their own resistors.
    /// </summary>
    public static class Board
    {
        /// <summary>The OLED's I2C bus (I2C1), and its pins.</summary>
        public const int I2cBus = 1;
        public const int OledSda = 21;
        public const int OledScl = 22;

        /// <summary>The operator console's UART (COM2, or COM3 when nf.config says so) on the USB-serial cable.</summary>
        public const int ConsoleTx = 33;
        public const int ConsoleRx = 32;

        /// <summary>Keypad rows, top to bottom: open-drain outputs, pulled low one at a time while scanning.</summary>
        public const int KeypadRow1 = 13;
        public const int KeypadRow2 = 14;
        public const int KeypadRow3 = 27;
        public const int KeypadRow4 = 26;

        /// <summary>Keypad columns, left to right: inputs with pull-ups, low while a key of the driven row is down.</summary>
        public const int KeypadColumn1 = 25;
        public const int KeypadColumn2 = 23;
        public const int KeypadColumn3 = 19;
        public const int KeypadColumn4 = 18;

        /// <summary>The coin acceptor's pulse output through the optocoupler: low while a pulse is on.</summary>
        public const int CoinPulse = 35;

        /// <summary>Drives the acceptor's inhibit transistor: high accepts coins. Held low by a pull-down
        /// while the ESP32 is in reset or booting, so the acceptor refuses coins until the app says otherwise.</summary>
        public const int CoinAccept = 4;

        /// <summary>12 V supply sense (divider): high while the supply is good, low when it sags.</summary>
        public const int SupplyGood = 34;

        public static readonly int[] KeypadRows = { KeypadRow1, KeypadRow2, KeypadRow3, KeypadRow4 };

        public static readonly int[] KeypadColumns = { KeypadColumn1, KeypadColumn2, KeypadColumn3, KeypadColumn4 };

        /// <summary>
        /// Routes the I2C and console UART signals to their pins. Must run before the bus or port is
        /// opened: the ESP32's pin matrix is set when the driver starts.
        /// </summary>
        public static void RoutePins(string consolePort)
        {
            Configuration.SetPinFunction(OledSda, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(OledScl, DeviceFunction.I2C1_CLOCK);
            bool com3 = consolePort == "COM3";
            Configuration.SetPinFunction(ConsoleTx, com3 ? DeviceFunction.COM3_TX : DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(ConsoleRx, com3 ? DeviceFunction.COM3_RX : DeviceFunction.COM2_RX);
        }
    }
}
