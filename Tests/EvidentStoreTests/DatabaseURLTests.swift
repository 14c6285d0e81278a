import Testing

@testable import EvidentStore

@Suite struct DatabaseURLTests {
    @Test(arguments: [
        ("postgres://evident:s3cret@db.example.org:5432/evident", "postgres://evident:***@db.example.org:5432/evident"),
        (
            "postgresql://msp:p%40ss@10.0.0.5/clients?sslmode=verify-full",
            "postgresql://msp:***@10.0.0.5/clients?sslmode=verify-full"
        ),
        (
            "postgres://evident@127.0.0.1:5432/evident?password=hunter2&sslmode=require",
            "postgres://evident@127.0.0.1:5432/evident?password=***&sslmode=require"
        ),
        ("postgres://evident@127.0.0.1/evident", "postgres://evident@127.0.0.1/evident"),
    ])
    func redactedHidesPassword(_ url: String, _ expected: String) {
        #expect(DatabaseURL(text: url).redacted == expected)
    }

    @Test func redactRemovesPasswordFromMessages() {
        let url = DatabaseURL(text: "postgres://evident:p%40ss@127.0.0.1/evident")

        let message = url.redact("password authentication failed: p@ss and p%40ss")

        #expect(message == "password authentication failed: *** and ***")
    }

    @Test func schemeSelectsPostgreSQL() {
        #expect(DatabaseURL.isPostgreSQL("postgres://127.0.0.1/evident"))
        #expect(DatabaseURL.isPostgreSQL("postgresql://127.0.0.1/evident"))
        #expect(!DatabaseURL.isPostgreSQL(".evident/evident.db"))
        #expect(!DatabaseURL.isPostgreSQL("/var/lib/postgres/evident.db"))
    }

    @Test func failedConnectionHidesPassword() throws {
        // Nothing listens on port 1 of the loopback address, so the connection is refused.
        let url = "postgres://evident:s3cret-value@127.0.0.1:1/evident?connect_timeout=2"

        #expect {
            try PostgreSQLStore(url: url)
        } throws: { error in
            guard case .cannotConnect(let shownURL, let reason) = error as? StoreError else { return false }
            let description = String(describing: error)
            return shownURL == "postgres://evident:***@127.0.0.1:1/evident?connect_timeout=2"
                && !reason.isEmpty && !description.contains("s3cret-value")
        }
    }

    @Test(.enabled(if: StoreBackend.serverURL != nil)) func sslModeReachesLibpq() throws {
        // The test server has no TLS, so libpq must reject sslmode=require instead of ignoring it.
        let serverURL = try #require(StoreBackend.serverURL)
        let url = serverURL.replacing("sslmode=disable", with: "sslmode=require")
            .replacing("postgres://evident@", with: "postgres://evident:tls-test-secret@")

        #expect {
            try PostgreSQLStore(url: url)
        } throws: { error in
            guard case .cannotConnect(let shownURL, let reason) = error as? StoreError else { return false }
            return reason.contains("SSL") && shownURL.contains("evident:***@")
                && !String(describing: error).contains("tls-test-secret")
        }
    }

    @Test func parametersAreNumberedOutsideQuotes() {
        let sql = "SELECT '?', \"a?\" FROM t WHERE a = ? AND b = ?"

        #expect(PostgreSQLConnection.numberedParameters(sql) == "SELECT '?', \"a?\" FROM t WHERE a = $1 AND b = $2")
    }
}
