import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Disk encryption importers")
struct ExportsDiskEncryptionTests {
    @Test("Get-BitLockerVolume JSON with names and with numbers")
    func bitLockerJSON() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            [
                {"ComputerName": "RFP-WS-07", "MountPoint": "C:", "EncryptionMethod": "XtsAes128",
                 "VolumeType": "OperatingSystem", "VolumeStatus": "FullyEncrypted", "ProtectionStatus": "Off",
                 "EncryptionPercentage": 100, "KeyProtector": ["Tpm", "RecoveryPassword"]},
                {"ComputerName": "RFP-WS-07", "MountPoint": "D:", "VolumeType": 1, "VolumeStatus": 1,
                 "ProtectionStatus": 1, "EncryptionPercentage": "100"}
            ]
            """
        try workspace.writeUTF16LittleEndian(text, to: "evidence/bitlocker.json")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/bitlocker.json", in: scan)?.format == .bitLockerVolumesJSON)
        try #require(scan.facts.diskEncryption.count == 2)
        let system = scan.facts.diskEncryption[0]
        #expect(system.device == "RFP-WS-07")
        #expect(system.isSystemVolume)
        #expect(system.isEncrypted == false)
        #expect(system.state == "FullyEncrypted, protection Off")
        #expect(system.evidence.line == 2)
        let data = scan.facts.diskEncryption[1]
        #expect(!data.isSystemVolume)
        #expect(data.isEncrypted == true)
    }

    @Test("manage-bde -status in English")
    func manageBDE() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            BitLocker Drive Encryption: Configuration Tool version 10.0.26100
            Copyright (C) 2013 Microsoft Corporation. All rights reserved.

            Disk volumes that can be protected with
            BitLocker Drive Encryption:
            Volume C: [OS]
            [OS Volume]

                Size:                 475.34 GB
                BitLocker Version:    2.0
                Conversion Status:    Fully Encrypted
                Percentage Encrypted: 100.0%
                Encryption Method:    XTS-AES 128
                Protection Status:    Protection On
                Lock Status:          Unlocked

            Volume E: [Backup]
            [Data Volume]
                Conversion Status:    Encryption in Progress
                Protection Status:    Protection Off
            """
        try workspace.writeUTF8(
            text.replacingOccurrences(of: "\n", with: "\r\n"), to: "evidence/RFP-WS-08.manage-bde.txt")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/RFP-WS-08.manage-bde.txt", in: scan)?.format == .manageBDEStatus)
        #expect(scan.facts.diskEncryption.map(\.device) == ["RFP-WS-08", "RFP-WS-08"])
        #expect(scan.facts.diskEncryption.map(\.volume) == ["C:", "E:"])
        #expect(scan.facts.diskEncryption.map(\.isEncrypted) == [true, false])
        #expect(scan.facts.diskEncryption.map(\.isSystemVolume) == [true, false])
        #expect(scan.facts.diskEncryption.first?.evidence.line == 6)
    }

    @Test("fdesetup status on, off and in progress")
    func fdesetup() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("FileVault is On.\n", to: "evidence/mac-01.txt")
        try workspace.writeUTF8("FileVault is Off.\n", to: "evidence/mac-02.txt")
        try workspace.writeUTF8(
            "FileVault is Off.\nEncryption in progress: Percent completed = 42\n", to: "evidence/mac-03.txt")

        let scan = try workspace.scan()

        #expect(scan.files.allSatisfy { $0.format == .fdesetupStatus })
        #expect(scan.facts.diskEncryption.map(\.device) == ["mac-01", "mac-02", "mac-03"])
        #expect(scan.facts.diskEncryption.map(\.isEncrypted) == [true, false, nil])
    }

    @Test("lsblk JSON with LUKS root, old and 2.38 shapes")
    func lsblk() throws {
        let workspace = try ExportsFixtureWorkspace()
        let luks = """
            {"blockdevices": [
               {"name": "nvme0n1", "type": "disk", "fstype": null, "mountpoints": [null], "children": [
                  {"name": "nvme0n1p1", "type": "part", "fstype": "vfat", "mountpoints": ["/boot/efi"]},
                  {"name": "nvme0n1p2", "type": "part", "fstype": "crypto_LUKS", "mountpoints": [null], "children": [
                     {"name": "luks-root", "type": "crypt", "fstype": "ext4", "mountpoints": ["/"], "zone-sz": 0B}
                  ]}
               ]}
            ]}
            """
        let plain = """
            {"blockdevices": [
               {"name": "sda", "type": "disk", "rm": "0", "size": "50G", "mountpoint": null, "children": [
                  {"name": "sda1", "type": "part", "fstype": "ext4", "mountpoint": "/"}
               ]}
            ]}
            """
        try workspace.writeUTF8(luks, to: "evidence/lnx-01.json")
        try workspace.writeUTF8(plain, to: "evidence/lnx-02.json")

        let scan = try workspace.scan()

        #expect(scan.files.map(\.format) == [.lsblkJSON, .lsblkJSON])
        #expect(scan.files.allSatisfy { $0.error == nil })
        #expect(scan.facts.diskEncryption.map(\.isEncrypted) == [true, false])
        #expect(scan.facts.diskEncryption.first?.state == "nvme0n1 > nvme0n1p2 > luks-root, LUKS")
        #expect(scan.facts.diskEncryption.map(\.evidence.line) == [5, 3])
    }

    @Test("translated manage-bde output is not taken for English")
    func translatedManageBDE() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = "Chiffrement de lecteur BitLocker : outil de configuration version 10.0.26100\nVolume C: [OS]\n"
        try workspace.writeUTF8(text, to: "evidence/fr.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .unknown)
        #expect(scan.facts.diskEncryption.isEmpty)
    }
}
