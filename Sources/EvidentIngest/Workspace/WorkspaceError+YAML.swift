extension WorkspaceError {
    /// Runs code that reads YAML and reports its `YAMLError` as `WorkspaceError.invalidYAML`.
    static func readingYAML<Value>(_ body: () throws(YAMLError) -> Value) throws(WorkspaceError) -> Value {
        do {
            return try body()
        } catch {
            throw .invalidYAML(error)
        }
    }
}
