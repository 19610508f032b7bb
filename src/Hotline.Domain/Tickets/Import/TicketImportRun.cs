using System;
using System.Collections.Generic;
using System.Globalization;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One import of one record: the facts in the record's order, each through its live action. A failing fact is thrown
/// (strict) or reported and left out with every fact that builds on it (lenient). Internal: <see cref="TicketImport"/>
/// is the public face.
/// </summary>
internal sealed class TicketImportRun
{
    private const string Required = "required";
    private const string InvalidValue = "invalid-value";
    private const string DependsOn = "depends-on";

    private readonly HandlingPolicy _policy;
    private readonly TicketRecord _r;
    private readonly bool _strict;
    private readonly List<TicketImportIssue> _issues = [];
    private Ticket? _ticket;
    private UnitId? _unit;

    public TicketImportRun(HandlingPolicy policy, TicketRecord record, bool strict)
    {
        _policy = policy;
        _r = record;
        _strict = strict;
    }

    public TicketImportResult Run()
    {
        ReportValuesWithoutTheirInstant();
        if (!Register())
        {
            return new TicketImportResult(_r.Id, null, _issues.ToArray());
        }

        var dispatched = Fact(nameof(TicketRecord.DispatchedAt), _r.DispatchedAt, "派单 Dispatch", null, Dispatch);
        var returned = Fact(nameof(TicketRecord.ReturnedAt), _r.ReturnedAt, "退单 Return", Needs(nameof(TicketRecord.DispatchedAt), _r.DispatchedAt, dispatched), at =>
            _ticket!.Return(Text(nameof(TicketRecord.ReturnReason), _r.ReturnReason), UnitStaff(nameof(TicketRecord.ReturnedBy), _r.ReturnedBy), at));
        var rejected = Fact(nameof(TicketRecord.ReturnRejectedAt), _r.ReturnRejectedAt, "驳回退单 RejectReturn", Needs(nameof(TicketRecord.ReturnedAt), _r.ReturnedAt, returned), at =>
            _ticket!.RejectReturn(Text(nameof(TicketRecord.ReturnRejectionReason), _r.ReturnRejectionReason), PlatformStaff(nameof(TicketRecord.ReturnRejectedBy), _r.ReturnRejectedBy), at));
        var signedNeeds = Needs(nameof(TicketRecord.DispatchedAt), _r.DispatchedAt, dispatched)
            ?? (_r.ReturnedAt.HasValue ? Needs(nameof(TicketRecord.ReturnRejectedAt), _r.ReturnRejectedAt, rejected) : null);
        var signed = Fact(nameof(TicketRecord.SignedAt), _r.SignedAt, "签收 SignIn", signedNeeds, at =>
            _ticket!.SignIn(UnitStaff(nameof(TicketRecord.SignedBy), _r.SignedBy), at));
        var afterSignIn = Needs(nameof(TicketRecord.SignedAt), _r.SignedAt, signed);
        var requested = Fact(nameof(TicketRecord.ExtensionRequestedAt), _r.ExtensionRequestedAt, "延期申请 RequestExtension", afterSignIn, RequestExtension);
        Fact(nameof(TicketRecord.ExtensionDecidedAt), _r.ExtensionDecidedAt, "延期审批 ApproveExtension/DenyExtension", Needs(nameof(TicketRecord.ExtensionRequestedAt), _r.ExtensionRequestedAt, requested), DecideExtension);
        var replied = Fact(nameof(TicketRecord.RepliedAt), _r.RepliedAt, "办结答复 Reply", afterSignIn, at =>
            _ticket!.Reply(Text(nameof(TicketRecord.ReplyText), _r.ReplyText), RequiredValue(nameof(TicketRecord.ReplyResolved), _r.ReplyResolved), UnitStaff(nameof(TicketRecord.RepliedBy), _r.RepliedBy), at));
        var afterReply = Needs(nameof(TicketRecord.RepliedAt), _r.RepliedAt, replied);
        Fact(nameof(TicketRecord.CallbackAt), _r.CallbackAt, "回访 RecordCallback", afterReply, Callback);
        Fact(nameof(TicketRecord.ClosedAt), _r.ClosedAt, "归档 Close", afterReply, at => _ticket!.Close(PlatformStaff(nameof(TicketRecord.ClosedBy), _r.ClosedBy), at));
        return new TicketImportResult(_r.Id, _ticket, _issues.ToArray());
    }

    private bool Register()
    {
        const string fact = "受理 Register";
        try
        {
            var id = _r.Id is null ? throw Absent(nameof(TicketRecord.Id)) : Value(nameof(TicketRecord.Id), _r.Id, () => new TicketId(_r.Id));
            var category = _r.Category is null ? throw Absent(nameof(TicketRecord.Category)) : Parse(nameof(TicketRecord.Category), _r.Category, TicketCategory.Parse);
            var summary = string.IsNullOrWhiteSpace(_r.Summary) ? throw Absent(nameof(TicketRecord.Summary), _r.Summary) : _r.Summary!;
            var receivedAt = _r.ReceivedAt ?? throw Absent(nameof(TicketRecord.ReceivedAt));
            var urgency = _r.Urgency is null ? Urgency.Normal : Parse(nameof(TicketRecord.Urgency), _r.Urgency, Deadlines.Urgency.Parse);
            var by = PlatformStaff(nameof(TicketRecord.RegisteredBy), _r.RegisteredBy);
            _ticket = Act(nameof(TicketRecord.ReceivedAt), Text(receivedAt), () => Ticket.Register(id, category, summary, _policy, by, receivedAt, urgency));
            return true;
        }
        catch (FieldFault fault)
        {
            Report(fault, fact);
            return false;
        }
    }

    private void Dispatch(Instant at)
    {
        var unit = _r.Unit is null ? throw Absent(nameof(TicketRecord.Unit)) : Value(nameof(TicketRecord.Unit), _r.Unit, () => new UnitId(_r.Unit));
        var complexity = _r.Complexity is null ? Complexity.General : Parse(nameof(TicketRecord.Complexity), _r.Complexity, Complexity.Parse);
        var by = PlatformStaff(nameof(TicketRecord.DispatchedBy), _r.DispatchedBy);
        try
        {
            _ticket!.Dispatch(unit, complexity, by, at);
        }
        catch (HandlingPolicyException noLimit)
        {
            // The category is what the policy has no limit for.
            throw new FieldFault(nameof(TicketRecord.Category), _r.Category, "policy", noLimit.Message, noLimit);
        }

        _unit = unit;
    }

    private void RequestExtension(Instant at)
    {
        var days = RequiredValue(nameof(TicketRecord.ExtensionWorkingDays), _r.ExtensionWorkingDays);
        var reason = Text(nameof(TicketRecord.ExtensionReason), _r.ExtensionReason);
        var by = UnitStaff(nameof(TicketRecord.ExtensionRequestedBy), _r.ExtensionRequestedBy);
        try
        {
            _ticket!.RequestExtension(days, reason, by, at);
        }
        catch (ExtensionRefusedException refused) when (refused.Reason != ExtensionRefusal.RequestedTooLate)
        {
            throw new FieldFault(nameof(TicketRecord.ExtensionWorkingDays), days.ToString(CultureInfo.InvariantCulture), refused.Reason.Code, refused.Message, refused);
        }
        catch (ArgumentException badDays) when (badDays.ParamName == "workingDays")
        {
            throw new FieldFault(nameof(TicketRecord.ExtensionWorkingDays), days.ToString(CultureInfo.InvariantCulture), InvalidValue, badDays.Message, badDays);
        }
    }

    private void DecideExtension(Instant at)
    {
        var approved = RequiredValue(nameof(TicketRecord.ExtensionApproved), _r.ExtensionApproved);
        var by = PlatformStaff(nameof(TicketRecord.ExtensionDecidedBy), _r.ExtensionDecidedBy);
        if (approved)
        {
            _ticket!.ApproveExtension(by, at);
        }
        else
        {
            _ticket!.DenyExtension(Text(nameof(TicketRecord.ExtensionDenialReason), _r.ExtensionDenialReason), by, at);
        }
    }

    private void Callback(Instant at)
    {
        var satisfaction = _r.Satisfaction is null ? throw Absent(nameof(TicketRecord.Satisfaction)) : Parse(nameof(TicketRecord.Satisfaction), _r.Satisfaction, Satisfaction.Parse);
        var by = PlatformStaff(nameof(TicketRecord.CalledBackBy), _r.CalledBackBy);
        if (_r.CallbackResolution is null)
        {
            _ticket!.RecordCallback(RequiredValue(nameof(TicketRecord.CallbackResolved), _r.CallbackResolved), satisfaction, by, at);
            return;
        }

        var resolution = Parse(nameof(TicketRecord.CallbackResolution), _r.CallbackResolution, Resolution.Parse);
        if (_r.CallbackResolved is { } resolved && resolved != resolution.CountsAsResolved)
        {
            throw new FieldFault(nameof(TicketRecord.CallbackResolved), Text(resolved), InvalidValue,
                $"CallbackResolved ({Text(resolved)}) contradicts CallbackResolution {resolution.Code} ({resolution.ChineseName}), which counts as {(resolution.CountsAsResolved ? "resolved" : "unresolved")}.", null);
        }

        _ticket!.RecordCallback(resolution, satisfaction, by, at);
    }

    // A fact runs when its instant is given and what it needs holds; otherwise it is left out, with an issue unless it is
    // simply absent.
    private bool Fact(string field, Instant? at, string fact, FieldFault? unmet, Action<Instant> apply)
    {
        if (at is not { } instant)
        {
            return false;
        }

        try
        {
            if (unmet is not null)
            {
                throw unmet;
            }

            Act(field, Text(instant), () => apply(instant));
            return true;
        }
        catch (FieldFault fault)
        {
            Report(fault, fact);
            return false;
        }
    }

    // What a fact needs: null when the needed fact is there, else why not.
    private static FieldFault? Needs(string field, Instant? given, bool done) =>
        done ? null
        : new FieldFault(field, given.HasValue ? Text(given.Value) : null, DependsOn,
            given.HasValue ? $"it needs the fact of {field}, which was left out." : $"it needs {field}, which the record does not give.", null);

    private static void Act(string field, string value, Action action) => Act<object?>(field, value, () =>
    {
        action();
        return null;
    });

    // Runs a live action; its refusal is blamed on the fact's own field unless a value check named another.
    private static T Act<T>(string field, string value, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (FieldFault)
        {
            throw;
        }
        catch (TicketRuleException refused)
        {
            throw new FieldFault(field, value, refused.Rule.Code, refused.Message, refused);
        }
        catch (ExtensionRefusedException refused)
        {
            throw new FieldFault(field, value, refused.Reason.Code, refused.Message, refused);
        }
        catch (CalendarCoverageException beyond)
        {
            throw new FieldFault(field, value, "calendar-coverage", beyond.Message, beyond);
        }
        catch (HandlingPolicyException policy)
        {
            throw new FieldFault(field, value, "policy", policy.Message, policy);
        }
        catch (ArgumentException invalid)
        {
            throw new FieldFault(field, value, InvalidValue, invalid.Message, invalid);
        }
    }

    private void Report(FieldFault fault, string fact)
    {
        if (_strict)
        {
            throw new TicketImportException(_r.Id, fault.Field, fault.Rule, fault.Message, fault.InnerException);
        }

        _issues.Add(new TicketImportIssue(fault.Field, fault.Value, fault.Rule, fault.Message, fact));
    }

    // A value the record gives for a fact whose instant it does not give: the value has nothing to belong to.
    private void ReportValuesWithoutTheirInstant()
    {
        Check(nameof(TicketRecord.Unit), _r.Unit, nameof(TicketRecord.DispatchedAt), _r.DispatchedAt);
        Check(nameof(TicketRecord.Complexity), _r.Complexity, nameof(TicketRecord.DispatchedAt), _r.DispatchedAt);
        Check(nameof(TicketRecord.DispatchedBy), _r.DispatchedBy, nameof(TicketRecord.DispatchedAt), _r.DispatchedAt);
        Check(nameof(TicketRecord.SignedBy), _r.SignedBy, nameof(TicketRecord.SignedAt), _r.SignedAt);
        Check(nameof(TicketRecord.ReturnReason), _r.ReturnReason, nameof(TicketRecord.ReturnedAt), _r.ReturnedAt);
        Check(nameof(TicketRecord.ReturnedBy), _r.ReturnedBy, nameof(TicketRecord.ReturnedAt), _r.ReturnedAt);
        Check(nameof(TicketRecord.ReturnRejectionReason), _r.ReturnRejectionReason, nameof(TicketRecord.ReturnRejectedAt), _r.ReturnRejectedAt);
        Check(nameof(TicketRecord.ReturnRejectedBy), _r.ReturnRejectedBy, nameof(TicketRecord.ReturnRejectedAt), _r.ReturnRejectedAt);
        Check(nameof(TicketRecord.ExtensionWorkingDays), _r.ExtensionWorkingDays, nameof(TicketRecord.ExtensionRequestedAt), _r.ExtensionRequestedAt);
        Check(nameof(TicketRecord.ExtensionReason), _r.ExtensionReason, nameof(TicketRecord.ExtensionRequestedAt), _r.ExtensionRequestedAt);
        Check(nameof(TicketRecord.ExtensionRequestedBy), _r.ExtensionRequestedBy, nameof(TicketRecord.ExtensionRequestedAt), _r.ExtensionRequestedAt);
        Check(nameof(TicketRecord.ExtensionApproved), _r.ExtensionApproved, nameof(TicketRecord.ExtensionDecidedAt), _r.ExtensionDecidedAt);
        Check(nameof(TicketRecord.ExtensionDenialReason), _r.ExtensionDenialReason, nameof(TicketRecord.ExtensionDecidedAt), _r.ExtensionDecidedAt);
        Check(nameof(TicketRecord.ExtensionDecidedBy), _r.ExtensionDecidedBy, nameof(TicketRecord.ExtensionDecidedAt), _r.ExtensionDecidedAt);
        Check(nameof(TicketRecord.ReplyText), _r.ReplyText, nameof(TicketRecord.RepliedAt), _r.RepliedAt);
        Check(nameof(TicketRecord.ReplyResolved), _r.ReplyResolved, nameof(TicketRecord.RepliedAt), _r.RepliedAt);
        Check(nameof(TicketRecord.RepliedBy), _r.RepliedBy, nameof(TicketRecord.RepliedAt), _r.RepliedAt);
        Check(nameof(TicketRecord.CallbackResolved), _r.CallbackResolved, nameof(TicketRecord.CallbackAt), _r.CallbackAt);
        Check(nameof(TicketRecord.CallbackResolution), _r.CallbackResolution, nameof(TicketRecord.CallbackAt), _r.CallbackAt);
        Check(nameof(TicketRecord.Satisfaction), _r.Satisfaction, nameof(TicketRecord.CallbackAt), _r.CallbackAt);
        Check(nameof(TicketRecord.CalledBackBy), _r.CalledBackBy, nameof(TicketRecord.CallbackAt), _r.CallbackAt);
        Check(nameof(TicketRecord.ClosedBy), _r.ClosedBy, nameof(TicketRecord.ClosedAt), _r.ClosedAt);

        void Check<T>(string field, T value, string instantField, Instant? instant)
        {
            if (value is not null && !instant.HasValue)
            {
                Report(new FieldFault(field, Convert.ToString(value, CultureInfo.InvariantCulture), DependsOn, $"{field} is given without {instantField}: there is no such fact to record it on.", null), "nothing: the value is not recorded");
            }
        }
    }

    private static Actor PlatformStaff(string field, string? staffId) =>
        Value(field, staffId, () => Actor.Platform(staffId ?? TicketImport.PlaceholderStaffId));

    private Actor UnitStaff(string field, string? staffId) =>
        Value(field, staffId, () => Actor.OfUnit(_unit!, staffId ?? TicketImport.PlaceholderStaffId));

    private static string Text(string field, string? text) =>
        text is null ? TicketImport.PlaceholderText
        : string.IsNullOrWhiteSpace(text) ? throw new FieldFault(field, text, InvalidValue, $"{field} is blank; give the text or leave the field out (then \"{TicketImport.PlaceholderText}\" is recorded).", null)
        : text;

    private static T RequiredValue<T>(string field, T? value)
        where T : struct => value ?? throw Absent(field);

    private static T Value<T>(string field, string? text, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (ArgumentException invalid)
        {
            throw new FieldFault(field, text, InvalidValue, invalid.Message, invalid);
        }
    }

    private static T Parse<T>(string field, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (VocabularyItemNotFoundException unknown)
        {
            throw new FieldFault(field, text, "unknown-value", unknown.Message, unknown);
        }
    }

    private static FieldFault Absent(string field, string? value = null) =>
        new(field, value, Required, $"{field} is required for this fact.", null);

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Text(bool value) => value ? "true" : "false";

    // A fact's refusal, with the field to blame; caught inside the run, never seen outside it.
    private sealed class FieldFault(string field, string? value, string rule, string message, Exception? inner) : Exception(message, inner)
    {
        public string Field { get; } = field;

        public string? Value { get; } = value;

        public string Rule { get; } = rule;
    }
}
