import DariModel

extension Block {
    /// The block as one JSON object on one line, keys in a fixed order:
    ///
    ///     {"file":"about.html","line":12,"kind":"p","path":"html/body/p[1]",
    ///      "boilerplate":false,"text":"Read our story.",
    ///      "content":[{"type":"text","text":"Read our "},
    ///                 {"type":"start","id":1,"element":"a","original":"<a href=\"/story\">"},
    ///                 {"type":"text","text":"story"},
    ///                 {"type":"end","id":1,"element":"a","original":"</a>"},
    ///                 {"type":"text","text":"."}]}
    ///
    /// `line` is 1-based; `kind` is `BlockKind.description` (`p`, `h2`, `@alt`…);
    /// `text` is the plain text without codes. Written by hand rather than with
    /// JSONEncoder so the key order is the documented one and a 20 MB page
    /// does not go through an intermediate tree.
    public var jsonLine: String {
        var json = "{\"file\":"
        JSON.appendString(location.file, to: &json)
        json += ",\"line\":\(location.line),\"kind\":"
        JSON.appendString(kind.description, to: &json)
        json += ",\"path\":"
        JSON.appendString(path, to: &json)
        json += isBoilerplate ? ",\"boilerplate\":true" : ",\"boilerplate\":false"
        json += ",\"text\":"
        JSON.appendString(text, to: &json)
        json += ",\"content\":["
        for (position, piece) in content.enumerated() {
            if position > 0 { json += "," }
            switch piece {
            case let .text(value):
                json += "{\"type\":\"text\",\"text\":"
                JSON.appendString(value, to: &json)
            case let .start(id, element, original):
                JSON.appendCode(type: "start", id: id, element: element, original: original, to: &json)
            case let .end(id, element, original):
                JSON.appendCode(type: "end", id: id, element: element, original: original, to: &json)
            case let .standalone(id, element, original):
                JSON.appendCode(type: "standalone", id: id, element: element, original: original, to: &json)
            }
            json += "}"
        }
        json += "]}"
        return json
    }
}

/// The inline-code objects of `Block.jsonLine`.
private enum JSON {
    static func appendCode(type: String, id: Int, element: String, original: String, to json: inout String) {
        json += "{\"type\":\"\(type)\",\"id\":\(id),\"element\":"
        appendString(element, to: &json)
        json += ",\"original\":"
        appendString(original, to: &json)
    }

    static func appendString(_ value: String, to json: inout String) {
        JSONText.appendString(value, to: &json)
    }
}
