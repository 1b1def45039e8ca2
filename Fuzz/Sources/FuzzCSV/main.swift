import DariGlossary
import FuzzSupport

// The CSV and TSV glossary reader: both separators on every input, since
// they share the tokenizer and differ only in what splits a field.
fuzz { bytes in
    _ = try? GlossaryReader.read(bytes: bytes, path: "fuzz.csv", format: .csv)
    _ = try? GlossaryReader.read(bytes: bytes, path: "fuzz.tsv", format: .tsv)
}
