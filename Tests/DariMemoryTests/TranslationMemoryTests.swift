import DariModel
import Testing
@testable import DariMemory

/// A unit keeps its one segment in itself and a segment keeps its rarely set
/// fields in a box (issue 18); neither shows through the properties.
@Suite struct TranslationMemoryTests {
    private func segment(_ id: String) -> MemorySegment {
        MemorySegment(id: id, source: [.text("가.")], target: [.text("A.")], state: .translated, shape: (1, 1))
    }

    private func unit(_ segments: [MemorySegment]) -> MemoryUnit {
        MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: nil, targetLocation: nil, sourcePath: nil,
                   targetPath: nil, segments: segments)
    }

    @Test func aUnitGivesBackTheSegmentsItWasMadeWithHoweverMany() {
        for count in [0, 1, 2, 3] {
            let segments = (0..<count).map { segment("b\($0 + 1)") }
            #expect(unit(segments).segments == segments)
        }
    }

    /// `segment(at:)` and `segmentCount` read what `segments` gives, without building it.
    @Test func aSegmentReadByIndexIsTheSegmentsOne() {
        for count in [0, 1, 2, 3] {
            let unit = unit((0..<count).map { segment("b\($0 + 1)") })
            #expect(unit.segmentCount == unit.segments.count)
            #expect((0..<unit.segmentCount).map(unit.segment(at:)) == unit.segments)
        }
    }

    @Test func segmentsChangedInPlaceAddedAndRemovedStayChanged() {
        var unit = unit([segment("b1")])
        unit.segments[0].state = .reviewed
        #expect(unit.segments.map(\.state) == [.reviewed])
        unit.segments.append(segment("b2"))
        #expect(unit.segments.map(\.id) == ["b1", "b2"])
        unit.segments[1].change = .new
        unit.segments.removeFirst()
        #expect(unit.segments.map(\.id) == ["b2"] && unit.segments[0].change == .new)
        unit.segments = []
        #expect(unit.segments.isEmpty)
    }

    @Test func aMemoryLineIsKeptAsSet() {
        var unit = unit([])
        #expect(unit.memoryLine == 0)
        unit.memoryLine = 123_456
        #expect(unit.memoryLine == 123_456)
    }

    @Test func rarelySetFieldsAreKeptEachOnItsOwnAndCopiesDoNotShareChanges() {
        var first = segment("b1")
        first.sourceLine = 12
        first.targetLineMarks = [LineMark(offset: 3, line: 14)]
        var second = first
        second.previousSource = "나."
        second.sourceLine = nil
        #expect(first.sourceLine == 12 && first.previousSource == nil)
        #expect(first.targetLineMarks == [LineMark(offset: 3, line: 14)] && first.sourceLineMarks.isEmpty)
        #expect(second.sourceLine == nil && second.previousSource == "나.")
        #expect(second.targetLineMarks == [LineMark(offset: 3, line: 14)] && second.targetLine == nil)
    }

    @Test func aSegmentWhoseRareFieldsAreClearedAgainEqualsOneThatNeverHadThem() {
        var changed = segment("b1")
        changed.targetLine = 7
        changed.previousSource = "나."
        #expect(changed != segment("b1"))
        changed.targetLine = nil
        changed.previousSource = nil
        #expect(changed == segment("b1"))
    }
}
