import DariAlignment
import DariChecks
import DariModel
import DariSite
import Foundation
import FuzzSupport

// `dari.json`: the one parser (`ConfigurationFile`), then what reads its
// sections: the checks' `checks` and `ignore` (`CheckConfiguration`), and
// the site's page discovery, whose `pages` mapping decides which page is
// paired with which (`Site`, `PagePairer`, as `SiteAligner` pairs them).

/// A site with two pages per language, so a mapping has pages to name; made
/// once per fuzzing process and removed when it exits.
let siteFolder = FileManager.default.temporaryDirectory.appendingPathComponent("dari-fuzz-site-\(getpid())").path

let siteIsReady: Bool = {
    let page = Data("<html><body><p>x</p></body></html>".utf8)
    do {
        for language in ["ko", "en"] {
            try FileManager.default.createDirectory(atPath: siteFolder + "/" + language, withIntermediateDirectories: true)
            for name in ["a.html", "b.html"] {
                try page.write(to: URL(fileURLWithPath: siteFolder + "/" + language + "/" + name))
            }
        }
    } catch {
        return false
    }
    atexit { try? FileManager.default.removeItem(atPath: siteFolder) }
    return true
}()

fuzz { bytes in
    guard let file = try? ConfigurationFile(bytes: bytes, path: siteFolder + "/" + ConfigurationFile.name) else { return }
    _ = try? CheckConfiguration(file)
    guard siteIsReady, let site = try? Site(folder: siteFolder, configuration: file),
          let pages = try? site.pages()
    else { return }
    let pairer = PagePairer(mapping: site.pageMapping, sourceLanguageTag: site.sourceLanguage.tag,
                            targetLanguageTag: site.targetLanguage.tag)
    _ = pairer.pair(source: pages.korean.map { PageRecord(path: $0.key, sitePath: $0.path) },
                    target: pages.english.map { PageRecord(path: $0.key, sitePath: $0.path) })
}
