using System.Text;
using Meter.Core.OpsCom;
using Xunit;

namespace Meter.Core.Tests.OpsCom;

public class OpsComAnswerReaderTests
{
    [Fact]
    public void Read_SeedSuccessAnswer_GivesTheReferenceId()
    {
        var answer = Read(OpsComRequestsTests.Fixture("push-response.json"));

        Assert.Equal(AnswerKind.Success, answer.Kind);
        Assert.Equal("1a9b5375-cb75-4c71-9939-eeae550b09ac", answer.ReferenceId);
    }

    [Fact]
    public void Read_SeedErrorAnswer_GivesCodeAndMessage()
    {
        var answer = Read(OpsComRequestsTests.Fixture("error-response.json"));

        Assert.Equal((AnswerKind.Error, 9001, "API Token is missing from the request."), (answer.Kind, answer.ErrorCode, answer.ErrorMessage));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("{\"status\": \"success\", \"reference_id\": ")]
    [InlineData("{\"status\":\"success\",\"reference_id\":\"abc\"")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"status\": \"failure\"}")]
    [InlineData("{\"ErrorCode\": \"9001\"}")]
    [InlineData("{\"status\":\"success\"} trailing")]
    public void Read_AnythingElse_IsUnreadable_NeverAnException(string body)
    {
        var answer = Read(body);

        Assert.Equal(AnswerKind.Unreadable, answer.Kind);
        Assert.NotEqual("", answer.Problem);
    }

    [Fact]
    public void Read_ExtraFieldsAndNesting_AreSkipped()
    {
        var answer = Read("{\"warnings\":[{\"a\":[1,{\"b\":null}]}],\"status\":\"success\",\"reference_id\":\"r\\u002d1\",\"InternalReferenceID\":\"x\"}");

        Assert.Equal((AnswerKind.Success, "r-1"), (answer.Kind, answer.ReferenceId));
    }

    private static OpsComAnswer Read(string body)
    {
        var answer = new OpsComAnswer();
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        new OpsComAnswerReader().Read(bytes, bytes.Length, answer);
        return answer;
    }
}
