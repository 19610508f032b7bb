using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hotline.Cli.Tests;

/// <summary>Every command of the hotline tool, in-process, on the official calendar's real dates.</summary>
public class CommandTests
{
    [Fact]
    public void Workdays_add_counts_across_national_day_2026()
    {
        var run = Cli.Run("workdays", "add", "2026-09-30", "10");

        run.ExitCode.Should().Be(0);
        run.Console.Should().Contain("2026-10-20").And.Contain("周二");
        Cli.Run("workdays", "add", "2026-09-30", "10", "--format", "csv").Stdout.Should().Be("start,working_days,result,weekday\n2026-09-30,10,2026-10-20,周二\n");
    }

    [Fact]
    public void Workdays_between_counts_the_working_days_after_the_start_through_the_end()
    {
        var json = JsonDocument.Parse(Cli.Run("workdays", "between", "2026-09-30", "2026-10-20", "--format", "json").Stdout);

        json.RootElement.GetProperty("workdays")[0].GetProperty("working_days").GetString().Should().Be("10");
    }

    [Fact]
    public void The_calendar_of_october_2026_marks_the_holiday_the_makeup_saturday_and_the_notice()
    {
        var run = Cli.Run("calendar", "2026-10");

        run.ExitCode.Should().Be(0);
        run.Console.Should().Contain("1 休").And.Contain("10 班").And.Contain("国庆节: 1日休 2日休 3日休 4日休 5日休 6日休 7日休 10日班（国办发明电〔2025〕7号）");
        var csv = Cli.Run("calendar", "2026-10", "--format", "csv").Stdout.Split('\n');
        csv[0].Should().Be("date,weekday,kind,working_day,holiday,notice,provisional");
        csv[1].Should().Be("2026-10-01,周四,statutory-holiday,false,国庆节,国办发明电〔2025〕7号,false");
        csv[10].Should().Be("2026-10-10,周六,makeup-workday,true,国庆节,国办发明电〔2025〕7号,false");
        csv[11].Should().Be("2026-10-11,周日,weekend,false,,,false");
    }

    [Fact]
    public void A_deadline_is_explained_day_by_day()
    {
        var run = Cli.Run("deadline", "complaint", "2026-09-30 16:00", "--complexity", "especially-complex", "--policy", "baoji-2019", "--explain");

        run.ExitCode.Should().Be(0);
        run.Console.Should().Contain("2026-10-20").And.Contain("2026-10-10 周六 调休上班日（国庆节），国办发明电〔2025〕7号：第 3 个工作日（补班）")
            .And.Contain("截止：2026-10-20 24:00（2026-10-21 00:00 Asia/Shanghai）");
        var json = JsonDocument.Parse(Cli.Run("deadline", "投诉", "2026-09-30 16:00", "--complexity", "特别复杂", "--explain", "--format", "json").Stdout).RootElement;
        json.GetProperty("deadline")[0].GetProperty("due_date").GetString().Should().Be("2026-10-20");
        json.GetProperty("days").GetArrayLength().Should().Be(20);
        json.GetProperty("days")[9].GetProperty("working_day_number").GetString().Should().Be("3");
        json.GetProperty("days")[0].GetProperty("working_day_number").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Verify_exits_0_when_every_case_agrees()
    {
        var run = Cli.Run("verify", Cli.Fixture("cases.csv"), "--policy", "baoji-2019");

        (run.ExitCode, run.Stderr).Should().Be((0, string.Empty));
        run.Console.Should().Contain("│ 3     │ 3     │ 0      │");
    }

    [Fact]
    public void Verify_exits_1_and_prints_each_mismatch_with_its_explanation()
    {
        var run = Cli.Run("verify", Cli.Fixture("cases-one-wrong.csv"));

        run.ExitCode.Should().Be(1);
        run.Console.Should().Contain("用例 C2（第 3 行）：期望 2026-10-14，实际 2026-10-20").And.Contain("2026-10-20 周二 工作日：第 10 个工作日");
        var json = JsonDocument.Parse(Cli.Run("verify", Cli.Fixture("cases-one-wrong.csv"), "--format", "json").Stdout).RootElement;
        var mismatch = json.GetProperty("mismatches")[0];
        (mismatch.GetProperty("id").GetString(), mismatch.GetProperty("line").GetString(), mismatch.GetProperty("difference_in_working_days").GetString()).Should().Be(("C2", "3", "4"));
        mismatch.GetProperty("explanation").GetString().Should().StartWith("工作日推算明细");
    }

    [Fact]
    public void Verify_exits_2_on_bad_input_naming_the_line_and_the_column()
    {
        var malformed = Cli.Run("verify", Cli.Fixture("cases-malformed.csv"));
        var missing = Cli.Run("verify", Cli.Fixture("cases-missing-column.csv"));
        var absent = Cli.Run("verify", Cli.Fixture("no-such-file.csv"));

        malformed.ExitCode.Should().Be(2);
        malformed.Stderr.Should().Contain("cases-malformed.csv, line 3, column 5 (expected_due_date): ").And.Contain("'2026-13-01' is not a date");
        (missing.ExitCode, absent.ExitCode).Should().Be((2, 2));
        missing.Stderr.Should().Contain("line 1: missing column 'complexity'");
        absent.Stderr.Should().Contain("No such file");
    }

    [Fact]
    public void Verify_reads_ten_thousand_rows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hotline-cases-{Guid.NewGuid():N}.csv");
        var text = new StringBuilder("id,category,complexity,clock_start,expected_due_date\n");
        var start = new DateTime(2025, 1, 1, 9, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < 10_000; i++)
        {
            // Consultations: 2 working days. The expected dates come from the tool's own add command for the first and
            // are checked independently below for a sample; a wrong one in row 5,001 must be found.
            text.Append(CultureInfo.InvariantCulture, $"K{i},consultation,general,{start.AddHours(i):yyyy-MM-dd HH:mm},{(i == 5_000 ? "2000-01-01" : "?")}\n");
        }

        var calendar = Hotline.Domain.Calendars.ChinaCalendars.Mainland;
        var lines = text.ToString().Split('\n');
        for (var i = 1; i <= 10_000; i++)
        {
            if (lines[i].EndsWith(",?", StringComparison.Ordinal))
            {
                var local = start.AddHours(i - 1);
                var due = calendar.AddWorkingDays(new NodaTime.LocalDate(local.Year, local.Month, local.Day), 2);
                lines[i] = lines[i][..^1] + due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        File.WriteAllText(path, string.Join('\n', lines));
        try
        {
            var run = Cli.Run("verify", path, "--format", "json");

            (run.ExitCode, run.Stderr).Should().Be((1, string.Empty));
            var json = JsonDocument.Parse(run.Stdout).RootElement;
            json.GetProperty("summary")[0].GetProperty("cases").GetString().Should().Be("10000");
            json.GetProperty("mismatches").GetArrayLength().Should().Be(1);
            json.GetProperty("mismatches")[0].GetProperty("line").GetString().Should().Be("5002");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assess_imports_leniently_and_prints_the_units_the_findings_and_every_import_issue()
    {
        var run = Cli.Run("assess", Cli.Fixture("records.csv"), "--period", "2026-11", "--as-of", "2026-12-01 09:00", "--format", "json");

        run.ExitCode.Should().Be(0);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        var units = json.GetProperty("units");
        units.GetArrayLength().Should().Be(3);
        (units[0].GetProperty("unit").GetString(), units[0].GetProperty("dispatched").GetString(), units[0].GetProperty("on_time_rate").GetString()).Should().Be(("住建局", "2", "50.0%"));
        (units[2].GetProperty("unit").GetString(), units[2].GetProperty("dispatched").GetString()).Should().Be(("全市", "4"));
        json.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ticket").GetString(), f.GetProperty("rule").GetString()))
            .Should().Equal(("GD-3", "超期未办结"), ("GD-2", "逾期办结"), ("GD-2", "虚假办结"), ("GD-4", "超期未办结"));
        var issue = json.GetProperty("issues")[0];
        (issue.GetProperty("record").GetString(), issue.GetProperty("field").GetString(), issue.GetProperty("rule").GetString(), issue.GetProperty("line").GetString())
            .Should().Be(("GD-4", "RepliedAt", "chronology", "5"));
        Cli.Run("assess", Cli.Fixture("records.csv"), "--period", "2026-11", "--as-of", "2026-12-01 09:00").Console.Should().Contain("导入问题").And.Contain("问责建议");
    }

    [Fact]
    public void Assess_needs_its_period_and_as_of_instant()
    {
        Cli.Run("assess", Cli.Fixture("records.csv"), "--as-of", "2026-12-01 09:00").Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("--period"));
        Cli.Run("assess", Cli.Fixture("records.csv"), "--period", "2026-11").Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("--as-of"));
        Cli.Run("assess", Cli.Fixture("cases.csv"), "--period", "2026-11", "--as-of", "2026-12-01 09:00").Stderr.Should().Contain("line 1, column 4: unknown column 'clock_start'");
    }

    [Fact]
    public void A_notice_not_yet_in_a_release_is_loaded_with_notice()
    {
        var without = Cli.Run("workdays", "add", "2026-12-30", "3", "--format", "csv");
        var with = Cli.Run("workdays", "add", "2026-12-30", "3", "--notice", Cli.Fixture("notice-2027.json"), "--format", "csv");

        without.ExitCode.Should().Be(2, "2027 is beyond the calendar's coverage");
        with.Stdout.Should().Be("start,working_days,result,weekday\n2026-12-30,3,2027-01-05,周二\n");
        Cli.Run("calendar", "2027-01", "--notice", Cli.Fixture("notice-2027.json")).Console.Should().Contain("元旦: 1日休 2日休 3日休");
        Cli.Run("deadline", "consultation", "2026-12-31 10:00", "--notice", Cli.Fixture("notice-2027.json"), "--format", "csv").Stdout.Should().Contain(",2027-01-05,");
        Cli.Run("workdays", "add", "2026-12-30", "3", "--notice", Cli.Fixture("cases.csv")).Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("--notice"));
    }

    [Fact]
    public void Bad_commands_and_options_exit_2_and_say_why()
    {
        Cli.Run().ExitCode.Should().Be(2);
        Cli.Run("--help").Should().Match<Cli>(r => r.ExitCode == 0 && r.Stdout.Contains("hotline workdays add"));
        Cli.Run("nonsense").Stderr.Should().Contain("Unknown command 'nonsense'");
        Cli.Run("workdays", "add", "2026-09-30", "ten").Stderr.Should().Contain("'ten' is not a whole number");
        Cli.Run("workdays", "add", "2026-09-30", "10", "--format", "xml").Stderr.Should().Contain("Unknown --format xml");
        Cli.Run("workdays", "add", "2026-09-30", "10", "--frmat", "csv").Stderr.Should().Contain("Unknown option --frmat");
        Cli.Run("workdays", "add", "2026-09-30").Stderr.Should().Contain("Missing the number of working days");
        Cli.Run("workdays", "multiply").Stderr.Should().Contain("Unknown workdays command 'multiply'");
        Cli.Run("deadline", "complaint", "2026-09-30 16:00", "--policy", "shanghai").Stderr.Should().Contain("Unknown --policy shanghai");
        Cli.Run("deadline", "上访", "2026-09-30 16:00").ExitCode.Should().Be(2);
        Cli.Run("deadline", "praise", "2026-09-30 16:00").Stderr.Should().Contain("宝鸡市");
        Cli.Run("calendar", "2026-13").Stderr.Should().Contain("is not a month");
        Cli.Run("workdays", "add", "2026-09-30", "10", "--format").Stderr.Should().Contain("needs a value");
    }

    [Fact]
    public void Extreme_dates_and_counts_are_bad_input_not_crashes()
    {
        Cli.Run("workdays", "add", "2026-09-30", "2147483647").Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("coverage"));
        Cli.Run("workdays", "add", "9999-12-31", "-5").ExitCode.Should().Be(2);
        Cli.Run("deadline", "complaint", "9999-12-31 23:00").Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("supported range"));
        Cli.Run("calendar", "9999-12", "--format", "csv").Should().Match<Cli>(r => r.ExitCode == 0 && r.Stdout.Contains("9999-12-31,周五,workday,true,,,true"));
        Cli.Run("verify", Cli.Fixture("cases-far-future.csv")).Should().Match<Cli>(r => r.ExitCode == 2 && r.Stderr.Contains("line 2, column 4 (clock_start)"));
        Cli.Run("workdays", "between", "2026-10-20", "2026-09-30", "--format", "csv").Stdout.Should().EndWith(",-10\n");
    }
}
