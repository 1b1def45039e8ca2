import DariGlossary
import DariMemory
import DariModel
import Foundation

/// Findings accepted as they are, so CI fails only on new ones.
///
/// A baseline stores each finding's `fingerprint` (check id, file relative to
/// the site root and text, never the line), so findings keep matching when
/// lines above them move and however the site path is spelled.
/// Identical fingerprints are counted: two copies of one problem in the
/// baseline excuse two, not three.
public struct Baseline: Sendable, Equatable {
    /// Fingerprint → how many findings carry it.
    public var counts: [String: Int]

    public init(findings: [Finding]) {
        counts = [:]
        for finding in findings { counts[finding.fingerprint, default: 0] += 1 }
    }

    public init(counts: [String: Int]) {
        self.counts = counts
    }

    /// The findings the baseline does not cover, in their order, and how many it did.
    public func newFindings(_ findings: [Finding]) -> (new: [Finding], baselined: Int) {
        var remaining = counts
        var new: [Finding] = []
        var baselined = 0
        for finding in findings {
            let fingerprint = finding.fingerprint
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                baselined += 1
            } else {
                new.append(finding)
            }
        }
        return (new, baselined)
    }

    /// The baseline file for `findings`: JSON, one entry per line sorted by
    /// fingerprint, with the check, file and message for reviewers.
    public static func render(_ findings: [Finding]) -> String {
        // The site-relative file, as in the fingerprint: the same findings
        // give the same file whichever spelling of the site path wrote it.
        func file(_ finding: Finding) -> String { finding.siteRelativeFile ?? finding.location.file }
        let entries = findings.map { ($0.fingerprint, $0) }.sorted {
            ($0.0, file($0.1), $0.1.message) < ($1.0, file($1.1), $1.1.message)
        }
        var json = "{\n  \"version\": 1,\n  \"tool\": \"dari\",\n  \"findings\": ["
        for (index, (fingerprint, finding)) in entries.enumerated() {
            json += index == 0 ? "\n    {" : ",\n    {"
            json += "\"fingerprint\": "
            JSONText.appendString(fingerprint, to: &json)
            json += ", \"check\": "
            JSONText.appendString(finding.checkID, to: &json)
            JSONText.appendField("file", file(finding), to: &json)
            JSONText.appendField("unit", finding.unitID, to: &json)
            JSONText.appendField("message", finding.message, to: &json)
            json += "}"
        }
        json += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return json
    }

    /// Reads a baseline written by `render(_:)`.
    /// - Throws: `CheckError` for a missing, unreadable or malformed file.
    public static func load(fileAt path: String) throws(CheckError) -> Baseline {
        let bytes = try FileBytes.read(path)
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes, path: path)
        } catch {
            throw .malformed(file: path, line: error.line,
                             message: "not a dari baseline (invalid JSON); write a new one with --write-baseline")
        }
        guard let entries = document.root.object?["findings"]?.array else {
            throw .malformed(file: path, line: 1,
                             message: "not a dari baseline (no \"findings\" list); write a new one with --write-baseline")
        }
        var counts: [String: Int] = [:]
        for entry in entries {
            guard let fingerprint = entry.object?["fingerprint"]?.string else {
                throw .malformed(file: path, line: document.line(of: "{"),
                                 message: "a baseline entry has no \"fingerprint\"; write a new one with --write-baseline")
            }
            counts[fingerprint, default: 0] += 1
        }
        return Baseline(counts: counts)
    }
}
