import DariMemory
import FuzzSupport

// The XLIFF 2.x reader, which reads every memory dari is given.
fuzz { bytes in
    _ = try? XLIFF21Reader.read(bytes: bytes, path: "fuzz.xlf")
}
