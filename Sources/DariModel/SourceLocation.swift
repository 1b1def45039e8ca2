/// A place in an input file, carried from the HTML element through every stage
/// so that a finding can point at the line an editor has to change.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// 1-based line number; 0 when unknown.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when unknown (libxml2 does not
    /// keep element columns).
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, `file:line`, or `file`, as compilers print them.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
