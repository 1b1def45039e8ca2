/// An error that stops a run, as every stage throws it.
///
/// The contract with the CLI: `description` is the whole line for standard
/// error, `file[:line[:column]]: error: what went wrong; what to do next`, and
/// `exitStatus` is the sysexits.h status it ends the run with. Each error
/// decides both itself, so a new error type needs no table elsewhere; an
/// error that is not a `DariError` is a bug, reported as "error: …" with
/// `ExitStatus.dataError`.
public protocol DariError: Error, CustomStringConvertible {
    /// The exit status (`ExitStatus`): 74 when a file cannot be read or
    /// written, 65 when its content is wrong, 64 for a usage mistake found
    /// late, 73 for an output dari will not replace.
    var exitStatus: Int32 { get }
}

extension ExitStatus {
    /// The exit status of any error: its own when it is a `DariError`,
    /// `dataError` otherwise.
    public static func of(_ error: any Error) -> Int32 {
        (error as? any DariError)?.exitStatus ?? dataError
    }
}

extension AtomicFile.WriteError: DariError {
    public var exitStatus: Int32 { ExitStatus.ioError }
}
