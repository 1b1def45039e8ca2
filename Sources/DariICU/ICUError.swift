internal import CICU

/// An ICU call failed (its status code was > 0). Negative codes are ICU
/// warnings, such as U_USING_DEFAULT_WARNING for "ko", and are not errors.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The ICU function that failed, e.g. "ubrk_open".
    public var function: String
    /// ICU's symbolic status name, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
    public var status: String

    init(function: String, code: Int32) {
        self.function = function
        self.status = String(cString: dari_icu_error_name(code))
    }

    public var description: String {
        "ICU \(function) failed with \(status); check that libicu is installed (apt-get install libicu-dev)"
    }
}

/// The version of the ICU dari is linked against, e.g. "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    dari_icu_version(&buffer, Int32(buffer.count))
    return String(cString: buffer)
}
