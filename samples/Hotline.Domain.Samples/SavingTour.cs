using System.Text.Encodings.Web;
using System.Text.Json;
using Hotline.Domain.Deadlines;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Hotline.Domain.Samples;

/// <summary>Section 4: saving and loading with System.Text.Json, in the integrator's code.</summary>
internal static class SavingTour
{
    /// <summary>An integrator's own record of a work order: what it stores per order.</summary>
    private sealed record StoredWorkOrder(string Number, TicketCategory Category, HandlingDeadlineSnapshot Deadline);

    public static void Run()
    {
        // NodaTime values as ISO text, vocabulary items as their codes, Chinese left readable.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            Converters = { new VocabularyJsonConverterFactory() },
        }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        Tour.Section(4, "Saving and loading");

        Tour.Step("4.1", "A deadline as plain data",
            "Store a snapshot (codes, dates, numbers), not the deadline: the deadline holds its policy and calendar, which are code, not data.");
        var baoji = HandlingPolicy.Baoji2019;
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(baoji.Zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched).Extend(5);
        var order = new StoredWorkOrder("BJ-2026-093001", deadline.Category, deadline.ToSnapshot());
        var json = JsonSerializer.Serialize(order, options);
        Console.WriteLine("     " + json.Replace("\n", "\n     ", StringComparison.Ordinal));

        Tour.Step("4.2", "Reading it back",
            "Restore the snapshot against the policy: it recomputes the deadline and refuses if the rules or the calendar no longer match.");
        var loaded = JsonSerializer.Deserialize<StoredWorkOrder>(json, options)!;
        var restored = baoji.Restore(loaded.Deadline);
        if (restored != deadline || loaded.Category != TicketCategory.Complaint)
        {
            throw new InvalidOperationException("The round trip changed the deadline.");
        }

        Tour.Line("restored", $"{restored.Category.ChineseName}/{restored.Complexity.ChineseName}, due {restored.DueDate:uuuu-MM-dd}, extended {restored.ExtensionsUsed}×");
        Tour.Line("equal to the stored deadline", restored == deadline);
        try
        {
            baoji.ToBuilder().Limit(TicketCategory.Complaint, 15).Build().Restore(loaded.Deadline);
        }
        catch (HandlingPolicyException e)
        {
            Tour.Line("under changed rules", $"refused: {e.Message[..e.Message.IndexOf(". ", StringComparison.Ordinal)]}.");
        }

        Tour.Step("4.3", "Old records with other spellings",
            "Parse reads a category from its value, code, name or Chinese name (aliases too), as an importer of old records needs.");
        foreach (var text in new[] { "3", "complaint", "Complaint", "意见建议", "表白" })
        {
            Tour.Line($"\"{text}\"", TicketCategory.TryParse(text, out var category) ? $"{category.Code} ({category.ChineseName})" : "unknown: TryParse answers false");
        }
    }
}
