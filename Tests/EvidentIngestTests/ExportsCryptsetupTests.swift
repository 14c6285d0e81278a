import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("cryptsetup status")
struct ExportsCryptsetupTests {
    /// Three mappings as `for m in cryptroot cryptswap data; do cryptsetup status $m; done` prints them.
    static let output = """
        /dev/mapper/cryptroot is active and is in use.
          type:    LUKS2
          cipher:  aes-xts-plain64
          keysize: 512 bits
          key location: keyring
          device:  /dev/nvme0n1p3
          sector size:  512
          offset:  32768 sectors
          size:    998166528 sectors
          mode:    read/write
          flags:   discards
        /dev/mapper/cryptswap is active.
          type:    LUKS2
          cipher:  cipher_null-ecb
          keysize: 0 bits
          device:  /dev/nvme0n1p2
          mode:    read/write
        /dev/mapper/data is inactive.

        """

    @Test("active, null-cipher and inactive mappings")
    func mappings() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.output, to: "evidence/lab-srv-01.txt")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .cryptsetupStatus)
        #expect(file.records == 3)
        let volumes = scan.facts.diskEncryption
        #expect(volumes.map(\.device) == ["lab-srv-01", "lab-srv-01", "lab-srv-01"])
        #expect(volumes.map(\.volume) == ["cryptroot", "cryptswap", "data"])
        #expect(volumes.map(\.isEncrypted) == [true, false, nil])
        #expect(volumes.map(\.isSystemVolume) == [true, false, false])
        #expect(volumes[0].state == "LUKS2, cipher aes-xts-plain64")
        #expect(volumes[1].evidence.line == 12)
    }

    @Test("localized output is not recognized")
    func localizedOutput() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "/dev/mapper/cryptroot ist aktiv und wird verwendet.\n  Typ: LUKS2\n", to: "evidence/srv.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .unknown)
        #expect(scan.facts.diskEncryption.isEmpty)
    }
}
