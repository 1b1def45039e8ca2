import DariMemory
import FuzzSupport

// The XLIFF 1.2 reader (memories from other tools).
fuzz { bytes in
    _ = try? XLIFF12Reader.read(bytes: bytes, path: "fuzz.xlf")
}
