import DariModel
import DariXML

/// Reads XLIFF 1.2 into a `TranslationMemory` (placeholder until the reader lands).
public enum XLIFF12Reader {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"
}
