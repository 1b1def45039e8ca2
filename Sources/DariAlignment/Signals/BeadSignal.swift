/// One kind of evidence about a bead, read from the sentences' features
/// when the scorer is made.
///
/// Each signal adds to the running cost in place: the order of the
/// additions is part of the result, since floating-point addition does not
/// associate.
protocol BeadSignal {
    /// Adds the evidence for (negative) or against (positive) pairing the
    /// source sentences `source` with the target sentences `target`.
    func add(to cost: inout Double, source: Range<Int>, target: Range<Int>)
}
