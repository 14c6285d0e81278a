/// The form in which sources name one device alike: lowercased, and only its first label, so
/// `WS-07.clinic.local` in a device's own output and `WS-07` in Intune are one device.
public enum DeviceName {
    /// Returns the key that two names of one device share.
    public static func key(_ name: String) -> String {
        String(name.lowercased().split(separator: ".").first ?? "")
    }
}
