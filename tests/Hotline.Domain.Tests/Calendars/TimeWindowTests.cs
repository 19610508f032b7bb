using Hotline.Domain.Calendars;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Calendars.OfficeHours;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>A window of office hours: half-open, validated, a value.</summary>
public class TimeWindowTests
{
    [Fact]
    public void A_window_is_half_open()
    {
        var morning = W("08:30", "12:00");

        morning.Contains(T("08:30")).Should().BeTrue();
        morning.Contains(T("11:59:59.999999999")).Should().BeTrue();
        morning.Contains(T("12:00")).Should().BeFalse();
        morning.Contains(T("08:29:59.999999999")).Should().BeFalse();
        (morning.Start, morning.End).Should().Be((T("08:30"), T("12:00")));
    }

    [Theory]
    [InlineData("12:00", "12:00")]
    [InlineData("12:00", "08:30")]
    [InlineData("00:00", "00:00")]
    public void An_empty_or_backward_window_is_refused(string from, string to)
    {
        var act = () => new TimeWindow(T(from), T(to));

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*ends after it starts*24:00*");
    }

    [Fact]
    public void The_longest_window_ends_a_nanosecond_before_midnight()
    {
        var day = new TimeWindow(LocalTime.Midnight, LocalTime.MaxValue);

        day.Length.Should().Be(Duration.FromDays(1) - Duration.Epsilon);
        day.ToString().Should().Be("00:00–23:59:59.999999999");
    }

    [Fact]
    public void Windows_with_the_same_times_are_equal()
    {
        EqualityContract.Holds(W("08:30", "12:00"), W("08:30", "12:00"), W("08:30", "12:01"), W("08:29", "12:00"), W("14:00", "17:30"));
    }

    [Fact]
    public void A_window_prints_the_seconds_only_when_it_has_them()
    {
        W("08:30:15.5", "12:00").ToString().Should().Be("08:30:15.5–12:00");
    }
}
