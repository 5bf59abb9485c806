namespace Meter.Core.Sale
{
    /// <summary>
    /// Hardware the UI thread serves between passes of the loop: drives the coin acceptor's inhibit line
    /// from <see cref="SaleFlow.CoinsEnabled"/>, reports a display fault, or (in the simulator) plays the
    /// acceptor's pulses. Called on the UI thread only, before each <see cref="UiStep.Step"/>.
    /// </summary>
    public interface IUiPeripherals
    {
        /// <summary>Serves the hardware at monotonic time <paramref name="nowMs"/>, before <paramref name="loop"/> steps.</summary>
        void BeforeStep(UiStep loop, long nowMs);
    }
}
