// swift-tools-version: 6.0
import PackageDescription

/// Swift settings shared by every Swift target: Swift 6 language mode with strict concurrency,
/// and `any` required on existential types so protocol costs stay visible.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Evident",
    products: [
        .executable(name: "evident", targets: ["evident"])
    ],
    targets: [
        // C libraries from Debian, wrapped without Swift logic.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CPostgreSQL", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // Libraries, in the order data flows through them.
        .target(name: "EvidentCore", swiftSettings: swiftSettings),
        .target(
            name: "EvidentCatalog",
            dependencies: ["EvidentCore"],
            resources: [.copy("Resources/security-rule.json"), .copy("Resources/hipaa-nprm-2025.json")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "EvidentIngest",
            dependencies: ["EvidentCore", "CYAML", "COpenSSL", "CByteScan"],
            swiftSettings: swiftSettings
        ),
        .target(name: "EvidentChecks", dependencies: ["EvidentCore", "EvidentCatalog"], swiftSettings: swiftSettings),
        .target(
            name: "EvidentRisk",
            dependencies: ["EvidentCore"],
            resources: [.copy("Resources/threat-catalog.json")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "EvidentStore", dependencies: ["EvidentCore", "CSQLite", "CPostgreSQL", "COpenSSL"],
            swiftSettings: swiftSettings),
        .target(name: "CReviewShims"),
        .target(name: "CByteScan"),
        .target(
            name: "EvidentReview", dependencies: ["EvidentCore", "COpenSSL", "CReviewShims"],
            swiftSettings: swiftSettings),
        .target(
            name: "EvidentReport",
            dependencies: ["EvidentCore", "EvidentCatalog", "EvidentReview", "EvidentRisk"],
            swiftSettings: swiftSettings
        ),
        // The signed binder an auditor receives: a tar archive with a manifest signed with Ed25519.
        .target(
            name: "EvidentBinder",
            dependencies: ["EvidentCore", "EvidentReport", "EvidentStore", "COpenSSL"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "EvidentCLI",
            dependencies: [
                "EvidentCore", "EvidentCatalog", "EvidentIngest", "EvidentChecks", "EvidentStore", "EvidentReport",
                "EvidentReview", "EvidentRisk", "EvidentBinder",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "evident", dependencies: ["EvidentCLI"], swiftSettings: swiftSettings),
        // Times storing one run against the sqlite3 and psql bulk loaders; see Benchmarks/run-store-benchmark.
        .executableTarget(
            name: "store-benchmark",
            dependencies: ["EvidentCore", "EvidentIngest", "EvidentChecks", "EvidentStore"],
            path: "Benchmarks/StoreBenchmark",
            swiftSettings: swiftSettings
        ),
        // Built only by Fuzz/run-fuzzers.sh, with -sanitize=fuzzer, which supplies main().
        .executableTarget(
            name: "evident-fuzz",
            dependencies: ["EvidentIngest", "EvidentReview"],
            path: "Fuzz/EvidentFuzz",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "evident-benchmark",
            dependencies: ["EvidentIngest"],
            path: "Benchmarks/EvidentBenchmark",
            swiftSettings: swiftSettings
        ),

        // Tests: one target per module, and end-to-end tests that run the built binary.
        .target(
            name: "EvidentTestSupport",
            dependencies: ["EvidentCore"],
            path: "Tests/EvidentTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentCoreTests",
            dependencies: ["EvidentCore", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "EvidentCatalogTests", dependencies: ["EvidentCatalog"], swiftSettings: swiftSettings),
        .testTarget(
            name: "EvidentIngestTests",
            dependencies: ["EvidentIngest", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentChecksTests",
            dependencies: ["EvidentChecks", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentRiskTests",
            dependencies: ["EvidentRisk", "EvidentChecks", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentStoreTests",
            dependencies: ["EvidentStore", "EvidentChecks", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentReportTests",
            dependencies: ["EvidentReport", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentReviewTests",
            dependencies: ["EvidentReview", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentBinderTests",
            dependencies: ["EvidentBinder", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentCLITests",
            dependencies: ["EvidentCLI", "EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidentEndToEndTests",
            dependencies: ["EvidentTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
