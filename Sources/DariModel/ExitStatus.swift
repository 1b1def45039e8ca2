/// dari's exit statuses (sysexits.h), documented in the README.
public enum ExitStatus {
    /// Nothing at or above the failure threshold.
    public static let success: Int32 = 0
    /// Findings at or above `--fail-on`.
    public static let findings: Int32 = 1
    /// EX_USAGE: bad command line.
    public static let usage: Int32 = 64
    /// EX_DATAERR: input that is malformed or cannot be decoded.
    public static let dataError: Int32 = 65
    /// EX_SOFTWARE: a library failed in a way no input should cause (ICU).
    public static let software: Int32 = 70
    /// EX_CANTCREAT: an output file dari will not replace.
    public static let cantCreate: Int32 = 73
    /// EX_IOERR: a file that cannot be read or written.
    public static let ioError: Int32 = 74
}
