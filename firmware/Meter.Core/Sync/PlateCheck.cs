using Meter.Core.OpsCom;

namespace Meter.Core.Sync
{
    /// <summary>
    /// The one question the UI thread may put to OPSCOM, through the sync worker (the only thread that talks to the
    /// network): is this confirmed plate already covered? The UI asks and later looks for the answer without waiting;
    /// the worker takes the question ahead of its backlog and answers. Only the newest question counts. Short lock,
    /// never held across the request.
    /// </summary>
    public sealed class PlateCheck
    {
        private readonly object _lock = new object();
        private string _question;
        private string _asked;
        private bool _answered;
        private PlateCoverage _answer;

        /// <summary>UI thread: asks about <paramref name="plate"/>; an earlier question and its answer are dropped.</summary>
        public void Ask(string plate)
        {
            lock (_lock)
            {
                _question = plate;
                _asked = plate;
                _answered = false;
                _answer = null;
            }
        }

        /// <summary>Worker thread: the plate asked about and not yet taken, or null.</summary>
        public string TakeQuestion()
        {
            lock (_lock)
            {
                string plate = _question;
                _question = null;
                return plate;
            }
        }

        /// <summary>Worker thread: what covers <paramref name="plate"/> (null: nothing, or no answer); kept only if it is still the plate asked about.</summary>
        public void Answer(string plate, PlateCoverage coverage)
        {
            lock (_lock)
            {
                if (plate == _asked)
                {
                    _answered = true;
                    _answer = coverage;
                }
            }
        }

        /// <summary>UI thread: true once the worker answered about <paramref name="plate"/>, with what covers it (or null).</summary>
        public bool TakeAnswer(string plate, out PlateCoverage coverage)
        {
            lock (_lock)
            {
                coverage = null;
                if (!_answered || plate != _asked)
                {
                    return false;
                }

                coverage = _answer;
                _answered = false;
                _asked = null;
                return true;
            }
        }
    }
}
