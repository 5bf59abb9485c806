using Meter.Core.Display;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The UI loop's drawing, and its last line of defence for the panel: a display port that throws (an I2C driver
    /// error the adapter did not turn into a fault) never ends the UI loop. The meter goes out of service
    /// (DISPLAY FAULT: nobody should pay for what they cannot see), the whole frame is tried again every few
    /// seconds, and the meter sells again once it goes through.
    /// </summary>
    public sealed partial class UiStep
    {
        /// <summary>How often a display that threw is tried again, ms.</summary>
        public const int DisplayRetryMs = 5000;

        private string _displayError;
        private long _displayErrorAtMs;
        private bool _displayRetryDue;

        private string Fault()
        {
            string fault = _hardwareFault;
            return fault != null ? fault : _displayError;
        }

        // Before drawing: a display that threw gets the whole frame again, every few seconds.
        private void RetryDisplay()
        {
            long nowMs = _clock.MonotonicMs;
            if (_displayError != null && nowMs - _displayErrorAtMs >= DisplayRetryMs)
            {
                _displayErrorAtMs = nowMs;
                _displayRetryDue = true;
                _resend = true;
            }
        }

        private int Flush()
        {
            if (_displayError != null && !_displayRetryDue)
            {
                return 0;
            }

            _displayRetryDue = false;
            try
            {
                int sent = _frame.Flush(_display);
                if (_displayError != null)
                {
                    _displayError = null;
                    _log.Add(_clock.UtcMs, "display: answering again");
                }

                return sent;
            }
            catch (System.Exception error)
            {
                if (_displayError == null)
                {
                    _displayErrorAtMs = _clock.MonotonicMs;
                    _log.Add(_clock.UtcMs, "display: " + error.Message + " (out of service until it answers)");
                }

                _displayError = "DISPLAY FAULT";
                return 0;
            }
        }

        private bool Draw()
        {
            RetryDisplay();
            Screen screen = Flow.Screen;
            if (_resend)
            {
                _resend = false;
                _frame.ResendAll();
                if (screen == _drawn && screen.Version == _drawnVersion)
                {
                    LastBytesSent = Flush();
                    return true;
                }
            }

            if (screen == _drawn && screen.Version == _drawnVersion)
            {
                LastBytesSent = 0;
                return false;
            }

            // What was drawn is kept as a copy: the flow rewrites some screens in place.
            ScreenRenderer.Draw(screen, _drawn == null ? null : _shown, _frame);
            _shown.CopyFrom(screen);
            _drawn = screen;
            _drawnVersion = screen.Version;
            LastBytesSent = Flush();
            return true;
        }
    }
}
