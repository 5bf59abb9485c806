using Meter.Core.Money;
using Xunit;

namespace Meter.Core.Tests.Money;

public class CurrencyTests
{
    [Theory]
    [InlineData("CAD", true)]
    [InlineData("USD", true)]
    [InlineData("cad", false)]
    [InlineData("EUR", false)]
    [InlineData(null, false)]
    public void IsSupported_OnlyTheSeedsCurrencies(string? code, bool supported)
    {
        Assert.Equal(supported, Currency.IsSupported(code));
    }
}
