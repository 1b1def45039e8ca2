import DariModel
import DariXML

/// Writes inline content with the original markup kept inside the codes,
/// the way TMX 1.4b and XLIFF 1.2 both do it: `<bpt>`/`<ept>` around a
/// pair, `<ph>` for a standalone code, `<it pos="begin|end">` for half of a
/// pair that a sentence boundary split. One writer serves both formats;
/// they differ only in how a pair is numbered (TMX `i`, XLIFF 1.2 `id`/`rid`).
struct NativeCodeWriter {
    enum Dialect {
        case tmx, xliff12
    }

    let dialect: Dialect

    func write(_ content: [InlineContent], to writer: MarkupWriter) throws {
        let ends = Set(content.compactMap { piece -> Int? in
            if case let .end(id, _, _) = piece { return id }
            return nil
        })
        let starts = Set(content.compactMap { piece -> Int? in
            if case let .start(id, _, _) = piece { return id }
            return nil
        })
        // XLIFF 1.2 ids must be unique in the unit: the halves of a pair get
        // "3b"/"3e" and refer to each other with rid.
        for piece in content {
            switch piece {
            case let .text(value):
                try writer.text(value)
            case let .start(id, _, original):
                if ends.contains(id) {
                    try writer.element("bpt", attributes: pairAttributes(id, half: "b"), text: original)
                } else {
                    try writer.element("it", attributes: isolatedAttributes(id, position: "begin"), text: original)
                }
            case let .end(id, _, original):
                if starts.contains(id) {
                    try writer.element("ept", attributes: pairAttributes(id, half: "e"), text: original)
                } else {
                    try writer.element("it", attributes: isolatedAttributes(id, position: "end"), text: original)
                }
            case let .standalone(id, _, original):
                switch dialect {
                case .tmx: try writer.element("ph", attributes: [("x", String(id))], text: original)
                case .xliff12: try writer.element("ph", attributes: [("id", "\(id)p")], text: original)
                }
            }
        }
    }

    private func pairAttributes(_ id: Int, half: String) -> [(String, String)] {
        switch dialect {
        case .tmx: return [("i", String(id))]
        case .xliff12: return [("id", "\(id)\(half)"), ("rid", String(id))]
        }
    }

    private func isolatedAttributes(_ id: Int, position: String) -> [(String, String)] {
        switch dialect {
        case .tmx: return [("pos", position), ("x", String(id))]
        case .xliff12: return [("id", "\(id)\(position == "begin" ? "b" : "e")"), ("pos", position)]
        }
    }
}
