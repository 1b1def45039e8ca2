import Foundation

/// A JSON value, as dari's own files (`dari.json`, baselines) hold them.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number, `true`, `false` or `null`: no key of dari's files takes one
    /// yet, so they are told apart only from strings and containers.
    case scalar(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var string: String? { if case let .string(value) = self { value } else { nil } }
    public var array: [JSONValue]? { if case let .array(value) = self { value } else { nil } }
    public var object: [String: JSONValue]? { if case let .object(value) = self { value } else { nil } }

    /// The value `JSONSerialization` returned.
    init(_ any: Any) {
        switch any {
        case let string as String: self = .string(string)
        case let array as [Any]: self = .array(array.map(JSONValue.init))
        case let object as [String: Any]: self = .object(object.mapValues(JSONValue.init))
        default: self = .scalar("\(any)")
        }
    }
}

/// A JSON file read for its values and for the 1-based lines they are on,
/// which Foundation's parser reports as offsets at best.
public struct JSONDocument: Sendable, Equatable {
    /// The file as the user named it.
    public var path: String
    public var text: String
    public var root: JSONValue

    /// The text is not JSON; `line` is 1-based.
    public struct SyntaxError: Error, Equatable {
        public var line: Int
    }

    /// Parses `bytes`, named `path` in errors.
    /// - Throws: `SyntaxError` with the line of the problem.
    public init(bytes: [UInt8], path: String) throws(SyntaxError) {
        self.path = path
        text = String(decoding: bytes, as: UTF8.self)
        do {
            root = JSONValue(try JSONSerialization.jsonObject(with: Data(bytes), options: []))
        } catch {
            throw SyntaxError(line: Self.line(ofError: error, in: text))
        }
    }

    /// The 1-based line of the first occurrence of `needle`, 1 when absent.
    public func line(of needle: String) -> Int {
        guard let range = text.range(of: needle) else { return 1 }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// The 1-based line of the key `key` (its first occurrence as `"key"`).
    public func line(ofKey key: String) -> Int { line(of: "\"\(key)\"") }

    /// The 1-based line of a JSONSerialization error: an error index, "around
    /// line N", (swift-corelibs-foundation) "around character N", a 0-based
    /// UTF-8 offset, or the last line when the file ends too early.
    static func line(ofError error: any Error, in text: String) -> Int {
        func line(atByte offset: Int) -> Int {
            text.utf8.prefix(max(0, offset)).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        let nsError = error as NSError
        if let index = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int { return line(atByte: index) }
        let description = "\(nsError.userInfo)" + nsError.localizedDescription
        // The text stops before the value does (an object or array left open).
        if description.contains("end of file") { return line(atByte: text.utf8.count - (text.hasSuffix("\n") ? 1 : 0)) }
        for (marker, isOffset) in [("line ", false), ("character ", true)] {
            guard let range = description.range(of: marker),
                  let number = Int(description[range.upperBound...].prefix { $0.isNumber }) else { continue }
            return isOffset ? line(atByte: number) : number
        }
        return 1
    }
}
