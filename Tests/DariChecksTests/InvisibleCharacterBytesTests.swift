@testable import DariChecks
import Testing

/// `InvisibleCharacter.mayHaveReported` decides on the bytes whether a text
/// has a character the check reports: it must agree with `isReported`.
struct InvisibleCharacterBytesTests {
    @Test func theByteTestFindsExactlyTheReportedScalars() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "가" + String(scalar) + "a", "’" + String(scalar)] {
                if InvisibleCharacter.mayHaveReported(text) != InvisibleCharacter.isReported(scalar) {
                    disagreements.append(String(value, radix: 16))
                }
            }
        }
        #expect(disagreements.isEmpty)
    }
}
