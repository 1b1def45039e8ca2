import DariChecks
import DariPipeline
import Foundation
import FuzzSupport

// `dari.json`, which two parsers read today: the checks' configuration
// (`CheckConfiguration.parse`) and the site's page mapping (`Site`, which
// reads the file from a site folder, so each input is written to one).

/// A site with one page per language, made once per fuzzing process and
/// removed when it exits.
let siteFolder = FileManager.default.temporaryDirectory.appendingPathComponent("dari-fuzz-site-\(getpid())").path

let siteIsReady: Bool = {
    let page = Data("<html><body><p>x</p></body></html>".utf8)
    do {
        for language in ["ko", "en"] {
            try FileManager.default.createDirectory(atPath: siteFolder + "/" + language, withIntermediateDirectories: true)
            try page.write(to: URL(fileURLWithPath: siteFolder + "/" + language + "/a.html"))
        }
    } catch {
        return false
    }
    atexit { try? FileManager.default.removeItem(atPath: siteFolder) }
    return true
}()

fuzz { bytes in
    _ = try? CheckConfiguration.parse(bytes: bytes, path: "dari.json")
    if siteIsReady {
        FileManager.default.createFile(atPath: siteFolder + "/dari.json", contents: Data(bytes))
        _ = try? Site(folder: siteFolder)
    }
}
