using System.Globalization;
using Hotline.Domain;
using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Cli;

/// <summary>
/// <c>hotline assess records.csv --period 2026-11 --as-of "2026-12-01 09:00"</c>: work-order rows (the
/// <see cref="TicketRecord"/> fields in snake_case, times local in the policy's zone) imported leniently, then the
/// unit table (rates, ranks, the 30/35/35 score, the target), the findings and every import issue.
/// </summary>
internal static class AssessCommand
{
    private static readonly (string Column, string Kind)[] Fields =
    [
        ("id", "text"), ("category", "text"), ("summary", "text"), ("urgency", "text"), ("received_at", "time"), ("registered_by", "text"),
        ("unit", "text"), ("complexity", "text"), ("dispatched_at", "time"), ("dispatched_by", "text"), ("signed_at", "time"), ("signed_by", "text"),
        ("returned_at", "time"), ("return_reason", "text"), ("returned_by", "text"), ("return_rejected_at", "time"), ("return_rejection_reason", "text"),
        ("return_rejected_by", "text"), ("extension_requested_at", "time"), ("extension_working_days", "int"), ("extension_reason", "text"),
        ("extension_requested_by", "text"), ("extension_approved", "bool"), ("extension_decided_at", "time"), ("extension_denial_reason", "text"),
        ("extension_decided_by", "text"), ("replied_at", "time"), ("reply_text", "text"), ("reply_resolved", "bool"), ("replied_by", "text"),
        ("callback_at", "time"), ("callback_resolved", "bool"), ("callback_resolution", "text"), ("satisfaction", "text"), ("called_back_by", "text"),
        ("closed_at", "time"), ("closed_by", "text"),
    ];

    public static int Run(Arguments a, Output output, TextReaderSource files)
    {
        a.OnlyOptions("format", "notice", "policy", "period", "as-of", "target");
        var policy = Policies.From(a, files);
        var path = a.Word(1, "the records file");
        var month = Parsing.YearMonth(a.Option("period") ?? throw new UsageException("assess needs --period uuuu-MM."), "--period");
        var period = new DateInterval(month.OnDayOfMonth(1), month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
        var asOf = Parsing.InZone(Parsing.LocalDateTime(a.Option("as-of") ?? throw new UsageException("assess needs --as-of \"uuuu-MM-dd HH:mm\"."), "--as-of"), policy.Zone);
        var target = a.Option("target") is { } t ? decimal.Parse(t, NumberStyles.Number, CultureInfo.InvariantCulture) : 90m;

        var accumulator = new AssessmentAccumulator(period, asOf, AssessmentOptions.Default);
        var findings = new List<Finding>();
        var issues = new Sheet("issues", "导入问题（该项未导入）", "line", "record", "field", "value", "rule", "left_out", "message");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var input = new CsvInput(files, path, ["id"], Fields.Select(f => f.Column).ToArray()))
        {
            while (input.Read())
            {
                var record = Record(input, policy.Zone);
                if (record.Id is { } id && !seen.Add(id))
                {
                    throw input.Bad("id", $"ticket {id} is given twice; each order counts once.");
                }

                var result = TicketImport.Lenient(policy, record);
                foreach (var issue in result.Issues)
                {
                    issues.Styled("yellow", input.Line.ToString(CultureInfo.InvariantCulture), result.RecordId, issue.Field, issue.Value, issue.Rule, issue.LeftOut, issue.Message);
                }

                if (result.Ticket is { } ticket)
                {
                    accumulator.Add(ticket);
                    findings.AddRange(AccountabilityReview.ReviewTicket(ticket, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn));
                }
            }
        }

        var report = accumulator.ToAssessment();
        output.Write(Units(report, target, policy.Zone), Findings(AccountabilityReview.Combine([findings])), issues);
        return 0;
    }

    private static TicketRecord Record(CsvInput input, DateTimeZone zone)
    {
        Instant? Time(string column) => input.Field(column) is null ? null : input.Parse(column, text => Parsing.InZone(Parsing.LocalDateTime(text, column), zone));
        bool? Bool(string column) => input.Field(column) is null ? null : input.Parse(column, text => text.Trim() switch
        {
            "true" or "1" or "是" or "yes" => true,
            "false" or "0" or "否" or "no" => false,
            _ => throw new UsageException($"'{text}' is not true/false (or 是/否, 1/0)."),
        });
        int? Int(string column) => input.Field(column) is null ? null : input.Parse(column, text => Parsing.Int(text, column));
        string? Text(string column) => input.Field(column);

        return new TicketRecord
        {
            Id = Text("id"), Category = Text("category"), Summary = Text("summary"), Urgency = Text("urgency"), ReceivedAt = Time("received_at"), RegisteredBy = Text("registered_by"),
            Unit = Text("unit"), Complexity = Text("complexity"), DispatchedAt = Time("dispatched_at"), DispatchedBy = Text("dispatched_by"),
            SignedAt = Time("signed_at"), SignedBy = Text("signed_by"), ReturnedAt = Time("returned_at"), ReturnReason = Text("return_reason"), ReturnedBy = Text("returned_by"),
            ReturnRejectedAt = Time("return_rejected_at"), ReturnRejectionReason = Text("return_rejection_reason"), ReturnRejectedBy = Text("return_rejected_by"),
            ExtensionRequestedAt = Time("extension_requested_at"), ExtensionWorkingDays = Int("extension_working_days"), ExtensionReason = Text("extension_reason"),
            ExtensionRequestedBy = Text("extension_requested_by"), ExtensionApproved = Bool("extension_approved"), ExtensionDecidedAt = Time("extension_decided_at"),
            ExtensionDenialReason = Text("extension_denial_reason"), ExtensionDecidedBy = Text("extension_decided_by"),
            RepliedAt = Time("replied_at"), ReplyText = Text("reply_text"), ReplyResolved = Bool("reply_resolved"), RepliedBy = Text("replied_by"),
            CallbackAt = Time("callback_at"), CallbackResolved = Bool("callback_resolved"), CallbackResolution = Text("callback_resolution"), Satisfaction = Text("satisfaction"),
            CalledBackBy = Text("called_back_by"), ClosedAt = Time("closed_at"), ClosedBy = Text("closed_by"),
        };
    }

    private static Sheet Units(Assessment report, decimal target, DateTimeZone zone)
    {
        var weights = ScoreWeights.ResponseResolutionSatisfaction;
        var onTimeRanks = report.Rank(AssessmentIndicator.OnTimeCompletionRate, TieRanking.Dense).ToDictionary(r => r.Unit.Value, r => r.Rank);
        var scoreRanks = report.RankByScore(weights, TieRanking.Dense).ToDictionary(r => r.Unit.Value, r => r.Rank);
        var checks = report.Check(RateTarget.Above(AssessmentIndicator.OnTimeCompletionRate, target)).ToDictionary(c => c.Unit.Value, c => c.Met);
        var sheet = new Sheet("units", $"考核 {report.Period.Start:uuuu-MM-dd} – {report.Period.End:uuuu-MM-dd}（截至 {Parsing.Text(report.AsOf, zone)}）",
            "unit", "dispatched", "due", "replied", "on_time", "completion_rate", "on_time_rate", "on_time_rank", "callback_rate", "resolution_rate", "satisfaction_rate", "score", "score_rank", $"on_time_above_{target.ToString(CultureInfo.InvariantCulture)}");
        foreach (var u in report.Units.Append(report.CityWide))
        {
            var key = u.Unit?.Value;
            var met = key is not null && checks.TryGetValue(key, out var m) ? m : (bool?)null;
            sheet.Styled(met == false ? "red" : null, key ?? "全市", I(u.Dispatched), I(u.Due), I(u.Replied), I(u.RepliedOnTime), u.CompletionRate.ToString(), u.OnTimeCompletionRate.ToString(),
                key is null ? null : onTimeRanks[key]?.ToString(CultureInfo.InvariantCulture), u.CallbackRate.ToString(), u.ResolutionRate.ToString(), u.SatisfactionRate.ToString(),
                u.Score(weights)?.ToString("0.00", CultureInfo.InvariantCulture), key is null ? null : scoreRanks[key]?.ToString(CultureInfo.InvariantCulture), met switch { true => "yes", false => "no", _ => null });
        }

        return sheet;
    }

    private static Sheet Findings(IReadOnlyList<Finding> findings)
    {
        var sheet = new Sheet("findings", "问责建议", "unit", "ticket", "rule", "working_days_past", "measure", "reason");
        foreach (var f in findings)
        {
            sheet.Add(f.Unit.Value, f.Ticket?.Value, f.Rule.ChineseName, f.WorkingDaysPastDeadline?.ToString(CultureInfo.InvariantCulture), f.RecommendedMeasure.ChineseName, f.Reasons[0]);
        }

        return sheet;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
