import DariChecks
import DariModel

/// GitHub Actions workflow commands, one per finding:
/// `::error file=en/about.html,line=12,title=[untranslated]::message`.
/// GitHub shows them on the pull request's changed lines.
public enum GitHubAnnotations {
    public static func render(_ findings: [Finding]) -> String {
        var out = ""
        for finding in findings {
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            var properties = ["file=" + escapeProperty(finding.location.file)]
            if finding.location.line > 0 { properties.append("line=\(finding.location.line)") }
            if finding.location.column > 0 { properties.append("col=\(finding.location.column)") }
            properties.append("title=" + escapeProperty("[\(finding.checkID)]"))
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
        }
        return out
    }

    /// The workflow-command escaping of a message: %, CR, LF.
    static func escapeData(_ text: String) -> String {
        escape(text, [:])
    }

    /// Property values also escape ':' and ','.
    static func escapeProperty(_ text: String) -> String {
        escape(text, [":": "%3A", ",": "%2C"])
    }

    private static func escape(_ text: String, _ extra: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default:
                if let replacement = extra[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
