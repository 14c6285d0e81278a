import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// `manage-bde -status` in German and French, with the labels of captured real output and made-up
/// machines.
@Suite("manage-bde -status translated")
struct ExportsManageBDELocalizedTests {
    static let german = """
        BitLocker-Laufwerkverschlüsselung: Konfigurationstool, Version 10.0.19041
        Copyright (C) 2013 Microsoft Corporation. Alle Rechte vorbehalten.

        Datenträgervolumes, die mit BitLocker-Laufwerkverschlüsselung
        geschützt werden können:
        Volume "C:" []
        [Betriebssystemvolume]

          Größe:                        49,36 GB
          BitLocker-Version:            2.0
          Konvertierungsstatus:         Nur verwendeter Speicherplatz ist verschlüsselt
          Verschlüsselt (Prozent):      100,0 %
          Verschlüsselungsmethode:      XTS-AES 128
          Schutzstatus:                 Der Schutz ist aktiviert.
          Sperrungsstatus:              Entsperrt

        Volume "D:" [Daten]
        [Datenvolume]

          Konvertierungsstatus:         Vollständig entschlüsselt
          Verschlüsselt (Prozent):      0,0 %
          Schutzstatus:                 Der Schutz ist deaktiviert.

        """

    static let french = """
        Nom de l’ordinateur : PC-ACCUEIL-02

        Volumes de disques pouvant être protégés avec le
        Chiffrement de lecteur BitLocker :
        Volume C: [Windows ]
        [Volume du système d’exploitation]

            Taille :                     475.59 Go
            Version de BitLocker :       2.0
            État de la conversion :      Espace utilisé uniquement chiffré
            Pourcentage chiffré :        100.0%
            Méthode de chiffrement :     XTS-AES 128
            État de la protection :      Protection activée
            État du verrouillage :       Déverrouillé

        Volume E: [Sauvegarde]
        [Volume de données]

            Version de BitLocker :       2.0
            État de la conversion :      Espace utilisé uniquement chiffré
            Pourcentage chiffré :        100,0%
            État de la protection :      Protection désactivée

        Volume F: []
        [Volume de données]

            État de la conversion :      Chiffrement en cours
            Pourcentage chiffré :        42,5%
            État de la protection :      Protection désactivée

        """

    /// Encodes text in code page 850, as `manage-bde -status > FILE` in a German `cmd.exe` writes it.
    static func codePage850(_ text: String) -> [UInt8] {
        let map: [Character: UInt8] = ["ü": 0x81, "ö": 0x94, "ß": 0xE1, "ä": 0x84, "é": 0x82, "É": 0x90]
        return text.flatMap { character -> [UInt8] in
            if let byte = map[character] { return [byte] }
            return Array(String(character).utf8)
        }
    }

    @Test("German output written by cmd.exe in code page 850")
    func german() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.write(Self.codePage850(Self.german), to: "evidence/ws-de-01.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .manageBDEStatus)
        let volumes = scan.facts.diskEncryption
        #expect(volumes.map(\.volume) == ["C:", "D:"])
        #expect(volumes.map(\.isEncrypted) == [true, false])
        #expect(volumes.map(\.isSystemVolume) == [true, false])
        #expect(volumes.first?.state.contains("100,0 %") == true)
        #expect(volumes.first?.evidence.line == 6)
    }

    @Test("French output written by PowerShell as UTF-16")
    func french() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF16LittleEndian(Self.french, to: "evidence/pc-accueil-02.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .manageBDEStatus)
        let volumes = scan.facts.diskEncryption
        #expect(volumes.map(\.volume) == ["C:", "E:", "F:"])
        #expect(volumes.map(\.isEncrypted) == [true, false, false])
        #expect(volumes.map(\.isSystemVolume) == [true, false, false])
        #expect(volumes.map(\.device) == ["pc-accueil-02", "pc-accueil-02", "pc-accueil-02"])
    }

    @Test("French percentages and protection words")
    func frenchValues() {
        let french = ManageBDELanguage.french

        #expect(ManageBDELanguage.percentage("100,0%") == 100)
        #expect(ManageBDELanguage.percentage("0,0 %") == 0)
        #expect(french.isProtectionOn("Protection activée") == true)
        #expect(french.isProtectionOn("Protection désactivée") == false)
        #expect(french.isProtectionOn("Protection d\u{82}sactiv\u{82}e") == false)
        #expect(french.isProtectionOn("Inconnu") == nil)
    }

    @Test("other languages stay unrecognized")
    func spanish() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "Cifrado de unidad BitLocker: herramienta de configuración\nVolumen C: [OS]\n"
            + "    Estado de conversión:       Cifrado completo\n    Estado de protección:       Protección activada\n"
        try workspace.writeUTF8(text, to: "evidence/es.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .unknown)
        #expect(scan.facts.diskEncryption.isEmpty)
    }
}
