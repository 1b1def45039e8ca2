/// Which checks read more than one page pair at a time.
///
/// Every check but these reports on a page pair from that page pair's units
/// alone (`CheckScopeTests` holds them to it), so an incremental run keeps
/// their findings for the pages that did not change and runs them on the
/// changed pages only. The site-wide checks group segments across pages by
/// a key (`groupingKeys`); they see every unit that shares a key with another.
public enum CheckScope {
    /// The ids of the checks that compare segments across page pairs.
    public static let siteWide: Set<String> = [InconsistentTarget.id, InconsistentSource.id]

    /// True when `id`'s findings on a page pair depend on that page pair alone.
    public static func isPageLocal(_ id: String) -> Bool { !siteWide.contains(id) }
}

extension CheckInput {
    /// For every segment the site-wide checks may group, its file and unit
    /// (indices into the memory) and the key it is grouped by, prefixed with
    /// the side it groups on: two units with equal keys may end in one
    /// finding; a unit with a key no other unit has never does.
    public func groupingKeys() -> [(fileIndex: Int, unitIndex: Int, key: [UInt8])] {
        var keys: [(fileIndex: Int, unitIndex: Int, key: [UInt8])] = []
        let sideKeys = consistencyKeys.result
        for side in [Side.source, .target] {
            let prefix: UInt8 = side == .source ? 0x73 : 0x74
            for (record, recordKeys) in zip(segments, sideKeys) {
                guard let key = side == .source ? recordKeys.source : recordKeys.target else { continue }
                keys.append((record.fileIndex, record.unitIndex, [prefix] + key))
            }
        }
        return keys
    }
}
