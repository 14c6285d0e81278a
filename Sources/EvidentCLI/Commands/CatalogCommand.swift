import EvidentCatalog
import EvidentReport

/// `evident catalog`: lists the requirements of the Security Rule, explains one, or exports them all.
enum CatalogCommand: Command {
    static let spec = CommandSpec(
        name: "catalog",
        abstract: "List the Security Rule's requirements, explain one, or export them as JSON or CSV.",
        usage: "catalog [show CITATION | export] [options]",
        discussion: """
            Without an action, lists every standard and implementation specification of 45 CFR 164.308
            through 164.316 with its designation. `catalog show CITATION` explains one requirement: what
            it asks, whether it is required or addressable, its key activities, the policy it needs, the
            checks, attestations and documents that evidence it, and its NIST mappings. CITATION may be
            written as 164.312(a)(2)(iv), "45 CFR 164.312(a)(2)(iv)", "§ 164.312(a)(2)(iv)", a standard
            without its trailing (1), or a legacy number such as 164.308(b)(4).
            `catalog export` writes the whole catalog to standard output.

            --profile hipaa-nprm-2025 does the same for the requirements of the January 2025 proposed
            rule, each labelled proposed and shown by its id, for example `catalog show nprm.mfa`.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json", "csv"],
                help: "Output format: text for list and show, json or csv for export. Default text, json for export."),
            .value(
                "profile", placeholder: "NAME", allowed: ["hipaa-security-rule", "hipaa-nprm-2025"],
                help: "Catalog to use: the rule in force, or the 2025 proposed rule. Default hipaa-security-rule."),
        ],
        maximumPositionals: 2
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let catalog = SecurityRuleCatalog.shipped
        let format = arguments.values["format"]
        if arguments.values["profile"] == ProposedRuleProfile.nprm2025.profile {
            return try runProposed(arguments, profile: .nprm2025, console: console)
        }

        switch arguments.positionals.first {
        case nil, "list":
            try requireNoCitation(arguments)
            try requireFormat(format, in: ["text"], action: "list")
            console.writeOutput(CatalogListing.renderText(catalog))
        case "show":
            guard arguments.positionals.count == 2 else {
                throw UsageError.invalidArgument("missing CITATION; write for example: evident catalog show 164.312(d)")
            }
            try requireFormat(format, in: ["text"], action: "show")
            let citation = arguments.positionals[1]
            guard let requirement = catalog.requirement(citation: citation) else {
                throw UsageError.invalidArgument(
                    "'\(citation)' is not a citation of 45 CFR 164.308 through 164.316; run 'evident catalog' to "
                        + "list them.")
            }
            console.writeOutput(CatalogListing.renderDetail(requirement, in: catalog, writtenAs: citation))
        case "export":
            try requireNoCitation(arguments)
            try requireFormat(format, in: ["json", "csv"], action: "export")
            let output = format == "csv" ? CatalogExport.renderCSV(catalog) : try CatalogExport.renderJSON(catalog)
            console.writeOutput(output)
        case let action?:
            throw UsageError.invalidArgument(
                "unknown catalog action '\(action)'; use show CITATION or export, or no action to list.")
        }
        return .success
    }

    // MARK: - Private

    private static func runProposed(_ arguments: ParsedArguments, profile: ProposedRuleProfile, console: Console)
        throws -> ExitStatus
    {
        let format = arguments.values["format"]
        switch arguments.positionals.first {
        case nil, "list":
            try requireNoCitation(arguments)
            try requireFormat(format, in: ["text"], action: "list")
            console.writeOutput(ProposedRuleListing.renderText(profile))
        case "show":
            guard arguments.positionals.count == 2 else {
                throw UsageError.invalidArgument("missing ID; write for example: evident catalog show nprm.mfa")
            }
            try requireFormat(format, in: ["text"], action: "show")
            guard let requirement = profile.requirement(id: arguments.positionals[1]) else {
                throw UsageError.invalidArgument(
                    "'\(arguments.positionals[1])' is not a proposed requirement of \(profile.profile); run "
                        + "'evident catalog --profile \(profile.profile)' to list them.")
            }
            console.writeOutput(ProposedRuleListing.renderDetail(requirement, in: profile))
        case "export":
            try requireNoCitation(arguments)
            try requireFormat(format, in: ["json", "csv"], action: "export")
            let output =
                format == "csv" ? ProposedRuleListing.renderCSV(profile) : try ProposedRuleListing.renderJSON(profile)
            console.writeOutput(output)
        case let action?:
            throw UsageError.invalidArgument(
                "unknown catalog action '\(action)'; use show ID or export, or no action to list.")
        }
        return .success
    }

    private static func requireNoCitation(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else {
            throw .unexpectedArgument(arguments.positionals[1], command: spec.name)
        }
    }

    private static func requireFormat(_ format: String?, in allowed: [String], action: String) throws(UsageError) {
        guard let format, !allowed.contains(format) else { return }
        throw .invalidArgument(
            "--format \(format) does not apply to catalog \(action); use \(allowed.joined(separator: " or ")).")
    }
}
