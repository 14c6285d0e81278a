/// The reason the risk analysis could not be made.
public enum RiskError: Error, Equatable {
    /// The named catalog resource is not in the module bundle.
    case missingCatalogResource(String)
    /// The named catalog resource is invalid; the second value describes the fault.
    case invalidCatalog(String, String)
}

extension RiskError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingCatalogResource(let name):
            "the threat catalog resource \(name).json is missing from the build; rebuild Evident with 'swift build'."
        case .invalidCatalog(let name, let reason):
            "the threat catalog \(name).json is invalid: \(reason). Fix the resource and rebuild."
        }
    }
}
