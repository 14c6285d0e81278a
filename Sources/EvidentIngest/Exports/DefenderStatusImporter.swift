import EvidentCore
import Foundation

/// Reads `Get-MpComputerStatus | ConvertTo-Json` (Microsoft Defender Antivirus) into protection
/// states, one per object.
///
/// The device is `PSComputerName` when the command ran remotely, else the file name. Windows
/// PowerShell 5.1 writes `AntivirusSignatureLastUpdated` as `"\/Date(ms)\/"`, PowerShell 7 as ISO text.
struct DefenderStatusImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let (records, lines) = try EntraSignInJSONImporter.records(in: text, path: context.path)
        var collector = ImportCollector(context: context)

        for (index, record) in records.enumerated() {
            collector.records += 1
            let line = index < lines.count ? lines[index] : nil
            let updatedText = LenientJSON.text(record["AntivirusSignatureLastUpdated"]) ?? ""
            let updated = context.timestamps.parse(updatedText).date
            if updated == nil && !updatedText.isEmpty {
                collector.warn(line: line, "AntivirusSignatureLastUpdated '\(updatedText)' could not be read")
            }
            let isEnabled = [record["AntivirusEnabled"], record["AMServiceEnabled"]]
                .compactMap(LenientJSON.boolean).reduce(Bool?.none) { ($0 ?? true) && $1 }
            let realTime = LenientJSON.boolean(record["RealTimeProtectionEnabled"])
            collector.include(updated)
            collector.facts.antivirus.append(
                AntivirusStatus(
                    device: LenientJSON.text(record["PSComputerName"]) ?? DeviceFileName.device(of: context.path),
                    isEnabled: isEnabled, isRealTimeProtectionOn: realTime, signaturesUpdated: updated,
                    state: "AntivirusEnabled \(isEnabled.map(String.init) ?? "unknown"), RealTimeProtectionEnabled "
                        + (realTime.map(String.init) ?? "unknown"),
                    evidence: collector.reference(line: line)))
        }
        return collector.finish()
    }
}
