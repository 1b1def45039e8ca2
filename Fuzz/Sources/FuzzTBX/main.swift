import DariGlossary
import FuzzSupport

// The TBX glossary reader (v3 DCA and DCT styles, v2 `<martif>`).
fuzz { bytes in
    _ = try? GlossaryReader.read(bytes: bytes, path: "fuzz.tbx", format: .tbx)
}
