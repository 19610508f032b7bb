namespace Hotline.Domain.Tickets;

/// <summary>The emergency lines a 12345 operator transfers police, fire, medical and traffic emergencies to.</summary>
public sealed class EmergencyLine : Vocabulary<EmergencyLine>
{
    /// <summary>110: police.</summary>
    public static readonly EmergencyLine Police = new(nameof(Police), 110, "110", "公安报警");

    /// <summary>119: fire.</summary>
    public static readonly EmergencyLine Fire = new(nameof(Fire), 119, "119", "消防");

    /// <summary>120: medical emergency.</summary>
    public static readonly EmergencyLine Medical = new(nameof(Medical), 120, "120", "医疗急救");

    /// <summary>122: traffic accident.</summary>
    public static readonly EmergencyLine Traffic = new(nameof(Traffic), 122, "122", "交通事故报警");

    private EmergencyLine(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }

    /// <summary>The number to call.</summary>
    public string Number => Code;
}
