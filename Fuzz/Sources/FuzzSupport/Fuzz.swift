#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibFuzzer

/// Runs libFuzzer, which calls `body` with each input, and exits with its status.
///
/// libFuzzer's own `main` is not used: SwiftPM renames an executable's entry
/// point, which a main-less target would lack, so each target has a
/// main.swift that calls this, and libFuzzer is linked without its main.
///
/// - Parameter body: parses the bytes; it must not crash, trap, hang or leak
///   whatever they are (libFuzzer and AddressSanitizer report it if it does).
public func fuzz(_ body: @escaping @Sendable ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { target?([]); return 0 }
        target?(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
    exit(status)
}

/// The body of the one `fuzz` call: a C callback cannot capture it.
nonisolated(unsafe) private var target: (@Sendable ([UInt8]) -> Void)?
