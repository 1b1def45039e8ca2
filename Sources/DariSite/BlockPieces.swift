import DariModel

/// A page's blocks while its units are made, kept in pieces that are given
/// back to the system as soon as every unit that reads them exists.
///
/// A page of thousands of short blocks held its whole `Block` array (120
/// bytes a block) until its last unit was made, beside the units themselves
/// (issue 18, `page-ratio`). Each piece is a `MappedArray`: memory freed
/// inside malloc's heap stays resident, so releasing heap pieces would not
/// lower the peak.
struct BlockPieces {
    /// Blocks per piece: 1,024 of 120 bytes, 30 pages of 4 KiB.
    static let blocksPerPiece = 1_024

    /// The blocks of a page of one piece, kept as they came: copying them
    /// (and mapping memory for them) would cost every short page of a site
    /// time for nothing.
    private var whole: [Block]
    private var pieces: [MappedArray<Block>?]

    /// Moves `blocks` into pieces and leaves `blocks` empty, so that the
    /// array's own storage is freed here when this was its only reference.
    init(taking blocks: inout [Block]) {
        if blocks.count <= Self.blocksPerPiece {
            (whole, pieces) = (blocks, [])
        } else {
            whole = []
            pieces = blocks.withUnsafeBufferPointer { buffer in
                stride(from: 0, to: buffer.count, by: Self.blocksPerPiece).map { start in
                    MappedArray(UnsafeBufferPointer(rebasing: buffer[start..<min(start + Self.blocksPerPiece, buffer.count)]))
                }
            }
        }
        blocks = []
    }

    /// The block at `index`; its piece must not have been released.
    subscript(index: Int) -> Block {
        pieces.isEmpty ? whole[index] : pieces[Self.piece(of: index)]![index % Self.blocksPerPiece]
    }

    var pieceCount: Int { pieces.isEmpty ? (whole.isEmpty ? 0 : 1) : pieces.count }

    /// The piece that holds block `index`.
    static func piece(of index: Int) -> Int { index / blocksPerPiece }

    /// Gives piece `number` back to the system; its blocks may no longer be read.
    mutating func release(piece number: Int) {
        if pieces.isEmpty { whole = [] } else { pieces[number] = nil }
    }
}
