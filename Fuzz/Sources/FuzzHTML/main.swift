import DariExtraction
import FuzzSupport

// HTML extraction: libxml2's HTML parser, charset detection (BOM, `<meta
// charset>`, EUC-KR), NFC, block building. Any bytes must give blocks or an
// `ExtractionError`, never a crash.
fuzz { bytes in
    _ = try? Extractor().extract(bytes: bytes, path: "fuzz.html")
}
