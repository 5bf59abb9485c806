using Meter.Core.Display;
using Xunit;

namespace Meter.Core.Tests.Display;

public class FrameTests
{
    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(Frame.Width, 0)]
    [InlineData(0, Frame.Height)]
    public void Get_OutsideTheFrame_IsOff_LikeSetIgnoresIt(int x, int y)
    {
        var frame = new Frame();
        frame.Set(x, y, true);

        Assert.False(frame.Get(x, y));
    }
}
