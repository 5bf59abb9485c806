using System;
using Meter.Core.Time;
using Xunit;

namespace Meter.Core.Tests.Time;

public class CalendarTests
{
    [Fact]
    public void DaysFromCivil_AndBack_MatchDateTime_From1900To2200()
    {
        var date = new DateTime(1900, 1, 1);
        while (date.Year < 2200)
        {
            long expected = (long)(date - DateTime.UnixEpoch).TotalDays;

            Assert.Equal(expected, Calendar.DaysFromCivil(date.Year, date.Month, date.Day));
            Calendar.CivilFromDays(expected, out int year, out int month, out int day);
            Assert.Equal((date.Year, date.Month, date.Day), (year, month, day));
            Assert.Equal((int)date.DayOfWeek, Calendar.DayOfWeek(expected));
            date = date.AddDays(1);
        }
    }

    [Fact]
    public void DayOf_FloorsNegativeTimes()
    {
        Assert.Equal(-1, Calendar.DayOf(-1));
        Assert.Equal(Calendar.MsPerDay - 1, Calendar.TimeOfDayMs(-1));
    }

    [Theory]
    [InlineData(2026, 3, 2, 0, 8)]   // second Sunday of March 2026
    [InlineData(2026, 11, 1, 0, 1)]  // first Sunday of November 2026
    [InlineData(2026, 3, 5, 0, 29)]  // last Sunday of March 2026
    [InlineData(2026, 10, 5, 0, 25)] // last Sunday of October 2026
    [InlineData(2027, 2, 5, 6, 27)]  // last Saturday of February 2027
    public void NthWeekdayOfMonth_FindsTheRuleDay(int year, int month, int week, int dayOfWeek, int expectedDay)
    {
        long days = Calendar.NthWeekdayOfMonth(year, month, week, dayOfWeek);

        Assert.Equal(new DateTime(year, month, expectedDay), DateTime.UnixEpoch.AddDays(days));
    }
}
