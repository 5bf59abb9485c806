using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Time;

namespace Meter.Core.Operator
{
    /// <summary>The console's cash audit: the open period, past collections, collecting, and maintenance mode.</summary>
    public sealed partial class OperatorConsole
    {
        // Asks the technician PIN for an action on the whole meter (no permit).
        private string AskPinFor(ConsoleSession session, string action, long nowUtcMs)
        {
            if (_audited == null || _audited.Audit == null)
            {
                return "error: this meter keeps no cash audit (its configuration did not read)\n";
            }

            string locked = Locked(nowUtcMs);
            if (locked != null)
            {
                return locked;
            }

            session.PendingPermit = "";
            session.PendingAction = action;
            return (action == "collect" ? "close the period (the coin box was emptied)" : "maintenance mode " + action.Substring(5)) + ": technician PIN?\n";
        }

        // The action a PIN confirmed.
        private string MeterAction(string action, long nowUtcMs)
        {
            if (action != "collect")
            {
                bool on = action == "test on";
                _audited.RequestTestMode(on);
                _log.Add(nowUtcMs, "console: maintenance mode " + (on ? "on" : "off"));
                return on ? "maintenance mode on: test sales only (TEST on the screen), never sent, not revenue; off with 'test off', after "
                    + (Sale.UiStep.TestModeMs / 60000).ToString() + " minutes without a test sale, or at a power cut\n" : "maintenance mode off\n";
            }

            try
            {
                string warning;
                AuditTotals closed = _audited.Audit.Collect(nowUtcMs, out warning);
                _log.Add(nowUtcMs, "console: period " + closed.Period.ToString() + " collected, cash $" + Cents.Format(closed.CashCents)
                    + ", revenue $" + Cents.Format(closed.RevenueCents));
                return "collected:\n" + Report(closed, closed.InSaleAtCollectionCents) + "period " + (closed.Period + 1).ToString() + " is open\n"
                    + (warning == null ? "" : "warning: the new period was not written to flash (" + warning + "); it is kept in RAM and written with the next coin\n");
            }
            catch (System.Exception error)
            {
                return "error: the collection was not recorded (" + error.Message + "); the period stays open\n";
            }
        }

        private string AuditReport(string argument)
        {
            if (_audited == null || _audited.Audit == null)
            {
                return "error: this meter keeps no cash audit (its configuration did not read)\n";
            }

            if (argument == null)
            {
                long inSale;
                AuditTotals open = _audited.Audit.Current(out inSale);
                return Report(open, inSale) + "test     maintenance mode " + (_audited.TestMode ? "ON" : "off") + "\n";
            }

            int period;
            if (!ConfigValues.TryParseInt(argument, out period))
            {
                return "usage: audit [<period>]\n";
            }

            AuditTotals[] collections = _audited.Audit.Collections;
            for (int i = 0; i < collections.Length; i++)
            {
                if (collections[i].Period == period)
                {
                    return Report(collections[i], collections[i].InSaleAtCollectionCents);
                }
            }

            return "error: no collection " + argument + " kept ('collections' lists them)\n";
        }

        private string CollectionList()
        {
            if (_audited == null || _audited.Audit == null)
            {
                return "error: this meter keeps no cash audit (its configuration did not read)\n";
            }

            AuditTotals[] collections = _audited.Audit.Collections;
            if (collections.Length == 0)
            {
                return "no collection yet\n";
            }

            string text = "";
            for (int i = collections.Length - 1; i >= 0; i--)
            {
                AuditTotals c = collections[i];
                text += "period " + c.Period.ToString() + "  " + TimeText.FormatDateTime(c.StartUtcMs) + "Z to " + TimeText.FormatDateTime(c.EndUtcMs) + "Z  cash $"
                    + Cents.Format(c.CashCents) + "  revenue $" + Cents.Format(c.RevenueCents) + "  unexplained $" + Cents.Format(c.Unexplained(c.InSaleAtCollectionCents)) + "\n";
            }

            return text;
        }

        private string Report(AuditTotals t, long inSaleCents)
        {
            string coins = "";
            for (int i = 0; i < _config.Coins.Count && i < AuditTotals.MaximumCoins; i++)
            {
                coins += (i == 0 ? "" : ", ") + Cents.Format(_config.Coins.CentsAt(i)) + " x " + t.CoinCounts[i].ToString();
            }

            long unexplained = t.Unexplained(inSaleCents);
            string text = "period   " + t.Period.ToString() + ", " + (t.EndUtcMs == 0 ? "open since " + TimeText.FormatDateTime(t.StartUtcMs) + "Z"
                : TimeText.FormatDateTime(t.StartUtcMs) + "Z to " + TimeText.FormatDateTime(t.EndUtcMs) + "Z (collected)") + "\n";
            text += "coins    " + coins + "\n";
            text += "cash     $" + Cents.Format(t.CashCents) + " counted by the acceptor\n";
            text += "sales    " + t.SoldCount.ToString() + " permit(s) $" + Cents.Format(t.SoldCents) + ", time added " + t.AddedCount.ToString() + " time(s) $"
                + Cents.Format(t.AddedCents) + ", revenue $" + Cents.Format(t.RevenueCents) + "\n";
            text += "overpaid $" + Cents.Format(t.OverpaidCents) + " (credit beyond the maximum stay, coins that raced the inhibit)\n";
            text += "kept     $" + Cents.Format(t.CreditKeptCents) + " (credit found at boot that could not be sold)\n";
            text += "balance  cash - revenue = $" + Cents.Format(t.CashCents - t.RevenueCents) + ": overpaid $" + Cents.Format(t.OverpaidCents) + ", kept $"
                + Cents.Format(t.CreditKeptCents) + ", " + (t.EndUtcMs == 0 ? "being paid $" : "carried out $") + Cents.Format(inSaleCents) + ", less carried in $"
                + Cents.Format(t.CarriedInCents) + (unexplained == 0 ? ": every coin accounted for\n" : "; $" + Cents.Format(unexplained) + " NOT accounted for (coins lost or miscounted)\n");
            text += "trouble  unknown pulse trains " + t.UnknownTrains.ToString() + ", jams " + t.Jams.ToString() + ", audit writes cut by the power "
                + t.InterruptedWrites.ToString() + (t.UnknownTrains + t.InterruptedWrites > 0 ? " (the box may hold coins the meter could not value)" : "") + "\n";
            return text + "tests    " + t.TestSales.ToString() + " test sale(s), " + t.TestCoins.ToString() + " test coin(s) $" + Cents.Format(t.TestCashCents) + ", not revenue\n";
        }
    }
}
