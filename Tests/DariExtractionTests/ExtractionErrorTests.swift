import DariExtraction
import Testing

@Suite struct ExtractionErrorTests {
    @Test(arguments: [
        (ExtractionError.fileNotFound(file: "a.html"), Int32(74), "a.html: error: no such file"),
        (.isDirectory(file: "site"), 74, "site: error: this is a folder"),
        (.permissionDenied(file: "a.html"), 74, "a.html: error: permission denied"),
        (.unreadable(file: "a.html", reason: "Input/output error"), 74, "a.html: error: cannot read the file"),
        (.undecodable(file: "a.html", line: 6, encoding: "UTF-8"), 65, "a.html:6: error: the bytes on this line are not valid UTF-8"),
        (.unsupportedEncoding(file: "a.html", encoding: "X-MAC-KOREAN"), 65, "a.html: error: the page declares charset"),
        (.unparsable(file: "a.html"), 65, "a.html: error: libxml2 could not read"),
        (.normalizationFailed(file: "a.html", reason: "ICU failed"), 70, "a.html: error: Unicode normalisation failed"),
    ])
    func descriptionAndExitCode(error: ExtractionError, exitCode: Int32, prefix: String) {
        #expect(error.description.hasPrefix(prefix))
        #expect(error.exitStatus == exitCode)
        #expect(error.isInputOutputError == (exitCode == 74))
        #expect(error.description.contains(error.file))
    }

    @Test(arguments: [
        ExtractionError.fileNotFound(file: "a.html"), .isDirectory(file: "site"), .permissionDenied(file: "a.html"),
        .undecodable(file: "a.html", line: 6, encoding: "UTF-8"), .unsupportedEncoding(file: "a.html", encoding: "X"),
    ])
    func messagesSayWhatToDoNext(error: ExtractionError) {
        let advice = error.description.split(separator: ";").last ?? ""
        #expect(error.description.contains(";"), "a message ends with '; <next step>'")
        #expect(!advice.isEmpty)
    }
}
