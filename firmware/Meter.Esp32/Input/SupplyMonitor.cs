using System.Device.Gpio;

namespace Meter.Esp32.Input
{
    /// <summary>
    /// The 12 V supply, seen through a divider on an input pin: low once it sags below about 10.5 V,
    /// before the 5 V regulator and the ESP32's brown-out detector give up. Read each UI pass.
    /// </summary>
    public sealed class SupplyMonitor
    {
        private readonly GpioPin _pin;

        public SupplyMonitor(GpioController gpio, int pin)
        {
            _pin = gpio.OpenPin(pin, PinMode.Input);
        }

        public bool Good
        {
            get { return _pin.Read() == PinValue.High; }
        }
    }
}
