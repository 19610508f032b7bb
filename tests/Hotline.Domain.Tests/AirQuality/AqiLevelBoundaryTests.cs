using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>The six AQI levels of HJ 633 at the exact edges of their ranges, and their published colours.</summary>
public class AqiLevelBoundaryTests
{
    [Theory]
    [InlineData(0, "Excellent")]
    [InlineData(50, "Excellent")]
    [InlineData(51, "Good")]
    [InlineData(100, "Good")]
    [InlineData(101, "LightlyPolluted")]
    [InlineData(150, "LightlyPolluted")]
    [InlineData(151, "ModeratelyPolluted")]
    [InlineData(200, "ModeratelyPolluted")]
    [InlineData(201, "HeavilyPolluted")]
    [InlineData(300, "HeavilyPolluted")]
    [InlineData(301, "SeverelyPolluted")]
    [InlineData(500, "SeverelyPolluted")]
    [InlineData(int.MaxValue, "SeverelyPolluted")]
    public void An_AQI_on_either_edge_of_a_range_belongs_to_that_level(int aqi, string level)
    {
        AqiLevel.Of(aqi).Should().Be(AqiLevel.FromName(level));
    }

    [Fact]
    public void The_levels_cover_every_AQI_from_0_upwards_without_gap_or_overlap()
    {
        var levels = AqiLevel.InValueOrder;
        levels[0].MinimumAqi.Should().Be(0);
        levels[levels.Count - 1].MaximumAqi.Should().Be(int.MaxValue);
        for (var i = 0; i < levels.Count; i++)
        {
            AqiLevel.Of(levels[i].MinimumAqi).Should().Be(levels[i]);
            AqiLevel.Of(levels[i].MaximumAqi).Should().Be(levels[i]);
            if (i > 0)
            {
                levels[i].MinimumAqi.Should().Be(levels[i - 1].MaximumAqi + 1, "{0} starts where {1} ends", levels[i], levels[i - 1]);
            }
        }
    }

    [Theory]
    [InlineData("Excellent", 0, 50, "绿色", "#00E400")]
    [InlineData("Good", 51, 100, "黄色", "#FFFF00")]
    [InlineData("LightlyPolluted", 101, 150, "橙色", "#FF7E00")]
    [InlineData("ModeratelyPolluted", 151, 200, "红色", "#FF0000")]
    [InlineData("HeavilyPolluted", 201, 300, "紫色", "#99004C")]
    [InlineData("SeverelyPolluted", 301, int.MaxValue, "褐红色", "#7E0023")]
    public void Each_level_carries_the_range_and_colour_HJ_633_publishes(string name, int minimum, int maximum, string colourName, string colourHex)
    {
        var level = AqiLevel.FromName(name);
        level.MinimumAqi.Should().Be(minimum);
        level.MaximumAqi.Should().Be(maximum);
        level.ColourName.Should().Be(colourName);
        level.ColourHex.Should().Be(colourHex);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_AQI_has_no_level(int aqi)
    {
        var act = () => AqiLevel.Of(aqi);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("aqi");
    }
}
