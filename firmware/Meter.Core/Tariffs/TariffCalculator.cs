using Meter.Core.Time;

namespace Meter.Core.Tariffs
{
    /// <summary>
    /// Turns credit into an end time and a wanted end time into a price, under a <see cref="Tariff"/>.
    /// Walks the stay in runs of whole minutes at a constant rate (a handful of iterations per quote,
    /// not one per minute: loops are expensive on the interpreter). Rounding always favours the
    /// motorist: a minute that is only partly paid for is given whole, a minute that straddles a price
    /// change is charged at the cheaper side, and free time is never charged.
    /// </summary>
    public sealed class TariffCalculator
    {
        /// <summary>
        /// Costs are exact integers in units of 1/144000 cent: a percent (x100) of a price per block of
        /// minutes, where blocks divide a day (1440 minutes).
        /// </summary>
        public const long UnitsPerCent = 100L * Calendar.MinutesPerDay;

        private readonly Tariff _tariff;
        private readonly LocalTimeZone _zone;

        /// <summary>A calculator for <paramref name="tariff"/>.</summary>
        public TariffCalculator(Tariff tariff)
        {
            _tariff = tariff;
            _zone = tariff.Zone;
        }

        /// <summary>What <paramref name="creditCents"/> buys for a purchase made at <paramref name="nowUtcMs"/>.</summary>
        public Quote QuoteForCredit(long nowUtcMs, long creditCents)
        {
            if (creditCents < 0)
            {
                return new Quote(QuoteStatus.Invalid, nowUtcMs, nowUtcMs, nowUtcMs, 0, 0);
            }

            long start = StartFor(nowUtcMs);
            if (start < 0)
            {
                return new Quote(QuoteStatus.NotEnforced, nowUtcMs, nowUtcMs, nowUtcMs, 0, 0);
            }

            long limit = start + _tariff.MaximumStayMinutes * Calendar.MsPerMinute;
            long leftUnits;
            long end = SpendCredit(start, limit, creditCents * UnitsPerCent, out leftUnits);
            long excess = leftUnits / UnitsPerCent;
            if (excess > 0)
            {
                // At the maximum stay: charge only the least credit that reaches it, consistently with QuoteForEnd.
                long least = LeastCreditReaching(start, limit);
                least = least < _tariff.MinimumPurchaseCents ? _tariff.MinimumPurchaseCents : least;
                excess = creditCents - least;
            }

            QuoteStatus status = QuoteStatus.Ok;
            if (creditCents == 0 || creditCents < _tariff.MinimumPurchaseCents)
            {
                status = QuoteStatus.BelowMinimum;
            }
            else if (excess > 0)
            {
                status = QuoteStatus.MaximumStayReached;
            }

            return new Quote(status, start, end, limit, creditCents - excess, excess);
        }

        /// <summary>
        /// The least credit whose permit lasts until at least <paramref name="wantedEndUtcMs"/> (rounded up to
        /// a whole minute of stay), never below the minimum purchase. It is the exact inverse of
        /// <see cref="QuoteForCredit"/>: because a partly paid minute is given whole, it can be up to one
        /// minute's price below the exact cost of the stay.
        /// </summary>
        public Quote QuoteForEnd(long nowUtcMs, long wantedEndUtcMs)
        {
            long start = StartFor(nowUtcMs);
            if (start < 0)
            {
                return new Quote(QuoteStatus.NotEnforced, nowUtcMs, nowUtcMs, nowUtcMs, 0, 0);
            }

            long limit = start + _tariff.MaximumStayMinutes * Calendar.MsPerMinute;
            if (wantedEndUtcMs <= start)
            {
                return new Quote(QuoteStatus.Invalid, start, start, limit, 0, 0);
            }

            long minutes = (wantedEndUtcMs - start + Calendar.MsPerMinute - 1) / Calendar.MsPerMinute;
            long end = start + minutes * Calendar.MsPerMinute;
            if (end > limit)
            {
                return new Quote(QuoteStatus.BeyondMaximumStay, start, start, limit, 0, 0);
            }

            long price = LeastCreditReaching(start, end);
            if (price < _tariff.MinimumPurchaseCents)
            {
                price = _tariff.MinimumPurchaseCents;
            }

            long leftUnits;
            long actualEnd = SpendCredit(start, limit, price * UnitsPerCent, out leftUnits);
            return new Quote(QuoteStatus.Ok, start, actualEnd, limit, price, 0);
        }

        /// <summary>
        /// What <paramref name="addedCents"/> buys on top of a running permit that started at <paramref name="permitStartUtcMs"/>
        /// and was paid <paramref name="paidCents"/>: the whole stay from the permit's start is priced at once (the
        /// escalation counts from that start, the maximum stay too) and what was paid is taken off, so splitting a stay
        /// never costs less than buying it whole. Charged and excess are the added credit's; the start is the permit's.
        /// </summary>
        public Quote QuoteForAddedCredit(long permitStartUtcMs, long paidCents, long addedCents)
        {
            long start = permitStartUtcMs;
            long limit = start + _tariff.MaximumStayMinutes * Calendar.MsPerMinute;
            if (addedCents < 0 || paidCents < 0)
            {
                return new Quote(QuoteStatus.Invalid, start, start, limit, 0, 0);
            }

            long leftUnits;
            long end = SpendCredit(start, limit, (paidCents + addedCents) * UnitsPerCent, out leftUnits);
            long excess = 0;
            if (leftUnits / UnitsPerCent > 0)
            {
                long owed = PriceOfStay(start, limit) - paidCents;
                excess = addedCents - (owed > 0 ? owed : 0);
                excess = excess < 0 ? 0 : excess;
            }

            QuoteStatus status = addedCents == 0 || addedCents < _tariff.MinimumPurchaseCents ? QuoteStatus.BelowMinimum
                : excess > 0 ? QuoteStatus.MaximumStayReached : QuoteStatus.Ok;
            return new Quote(status, start, end, limit, addedCents - excess, excess);
        }

        /// <summary>
        /// What a stay from <paramref name="startUtcMs"/> (a permit's start) to <paramref name="endUtcMs"/> costs bought at
        /// once, cents: the least credit that reaches that end (<see cref="QuoteForEnd"/>'s rounding).
        /// </summary>
        public long PriceOfStay(long startUtcMs, long endUtcMs)
        {
            return endUtcMs <= startUtcMs ? 0 : LeastCreditReaching(startUtcMs, endUtcMs);
        }

        /// <summary>
        /// When a permit bought now starts: now (to the second) if parking is enforced, else the next
        /// enforcement start of the same local day (prepay). -1 when the rest of the day is free.
        /// </summary>
        public long StartFor(long nowUtcMs)
        {
            long now = nowUtcMs - nowUtcMs % Calendar.MsPerSecond;
            long local = _zone.ToLocal(now);
            long day = Calendar.DayOf(local);
            long msOfDay = local - day * Calendar.MsPerDay;
            if (_tariff.IsEnforced(day, msOfDay))
            {
                return now;
            }

            if (_tariff.IsHoliday(day))
            {
                return -1;
            }

            EnforcementWindow[] windows = _tariff.Windows(Calendar.DayOfWeek(day));
            for (int i = 0; i < windows.Length; i++)
            {
                if (windows[i].StartMinuteOfDay * Calendar.MsPerMinute > msOfDay)
                {
                    return _zone.ToUtc(day * Calendar.MsPerDay + windows[i].StartMinuteOfDay * Calendar.MsPerMinute);
                }
            }

            return -1;
        }

        // Spends credit minute-run by minute-run. Coverage ends at the first charged minute the credit
        // cannot start paying for; free minutes right after the paid ones are included, up to the limit.
        private long SpendCredit(long start, long limit, long creditUnits, out long leftUnits)
        {
            long position = start;
            long remaining = creditUnits;
            while (position < limit)
            {
                long rate;
                long minutes = NextRun(start, position, limit, out rate);
                if (rate > 0)
                {
                    if (remaining == 0)
                    {
                        break;
                    }

                    long affordable = remaining / rate;
                    if (affordable < minutes)
                    {
                        bool partlyPaid = remaining - affordable * rate > 0;
                        minutes = affordable + (partlyPaid ? 1 : 0);
                        remaining = 0;
                    }
                    else
                    {
                        remaining -= minutes * rate;
                    }
                }

                position += minutes * Calendar.MsPerMinute;
            }

            leftUnits = remaining;
            return position < limit ? position : limit;
        }

        // The least credit (cents) that SpendCredit turns into an end at or after `end`: it must pay every
        // charged minute before the last one in full and at least start paying for the last one.
        private long LeastCreditReaching(long start, long end)
        {
            long position = start;
            long total = 0;
            long beforeLastMinute = -1;
            while (position < end)
            {
                long rate;
                long minutes = NextRun(start, position, end, out rate);
                if (rate > 0)
                {
                    beforeLastMinute = total + (minutes - 1) * rate;
                    total += minutes * rate;
                }

                position += minutes * Calendar.MsPerMinute;
            }

            return beforeLastMinute < 0 ? 0 : beforeLastMinute / UnitsPerCent + 1;
        }

        // How many whole minutes from `position` share one rate (units per minute), at most up to `limit`.
        private long NextRun(long start, long position, long limit, out long rate)
        {
            long stayMinutes = (position - start) / Calendar.MsPerMinute;
            rate = RateAt(position, stayMinutes);
            long change = NextChange(position);
            long escalation = NextEscalation(start, stayMinutes);
            if (escalation < change)
            {
                change = escalation;
            }

            long minutes;
            if (change >= position + Calendar.MsPerMinute)
            {
                minutes = (change - position) / Calendar.MsPerMinute;
            }
            else
            {
                // The clock-time change falls inside this minute (the stay did not start on a whole minute).
                minutes = 1;
                long after = RateAt(change, stayMinutes);
                if (after < rate)
                {
                    rate = after;
                }
            }

            long left = (limit - position + Calendar.MsPerMinute - 1) / Calendar.MsPerMinute;
            return minutes < left ? minutes : left;
        }

        private long RateAt(long utcMs, long stayMinutes)
        {
            long local = _zone.ToLocal(utcMs);
            long day = Calendar.DayOf(local);
            long msOfDay = local - day * Calendar.MsPerDay;
            if (!_tariff.IsEnforced(day, msOfDay))
            {
                return 0;
            }

            RateBand band = _tariff.BandAt(msOfDay);
            return band.CentsPerBlock * _tariff.PercentAfter(stayMinutes) * (Calendar.MinutesPerDay / band.BlockMinutes);
        }

        // The next instant after `utcMs` at which the local clock crosses a band, window or day boundary,
        // or the offset itself changes (daylight saving).
        private long NextChange(long utcMs)
        {
            long local = _zone.ToLocal(utcMs);
            long day = Calendar.DayOf(local);
            long msOfDay = local - day * Calendar.MsPerDay;
            int boundary = _tariff.NextBoundaryMinute(Calendar.DayOfWeek(day), msOfDay);
            long next = utcMs + (boundary * Calendar.MsPerMinute - msOfDay);
            long transition = _zone.NextTransitionUtc(utcMs);
            return transition < next ? transition : next;
        }

        private long NextEscalation(long start, long stayMinutes)
        {
            for (int i = 0; i < _tariff.EscalationCount; i++)
            {
                Escalation step = _tariff.EscalationAt(i);
                if (step.AfterMinutes > stayMinutes)
                {
                    return start + step.AfterMinutes * Calendar.MsPerMinute;
                }
            }

            return long.MaxValue;
        }
    }
}
