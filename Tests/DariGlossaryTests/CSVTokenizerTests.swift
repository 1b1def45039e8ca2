import Testing
@testable import DariGlossary

@Suite struct CSVTokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var records: [CSVRecord]
        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = [
        Case(input: "a,b\nc,d\n", records: [.init(fields: ["a", "b"], line: 1), .init(fields: ["c", "d"], line: 2)]),
        Case(input: "a,b\r\nc,d", records: [.init(fields: ["a", "b"], line: 1), .init(fields: ["c", "d"], line: 2)]),
        Case(input: "a\rb\n", records: [.init(fields: ["a"], line: 1), .init(fields: ["b"], line: 2)]),
        Case(input: "\"a,b\",c\n", records: [.init(fields: ["a,b", "c"], line: 1)]),
        Case(input: "\"say \"\"hi\"\"\",x\n", records: [.init(fields: ["say \"hi\"", "x"], line: 1)]),
        Case(input: "\"one\r\ntwo\",x\ny,z\n",
             records: [.init(fields: ["one\ntwo", "x"], line: 1), .init(fields: ["y", "z"], line: 3)]),
        Case(input: "a,,\n\n", records: [.init(fields: ["a", "", ""], line: 1), .init(fields: [""], line: 2)]),
        Case(input: "a, \"b, c\"\n", records: [.init(fields: ["a", "b, c"], line: 1)]),
        Case(input: "5\" screen,\"x\"y\n", records: [.init(fields: ["5\" screen", "xy"], line: 1)]),
        Case(input: "\"\",b", records: [.init(fields: ["", "b"], line: 1)]),
    ]

    @Test(arguments: cases)
    func splitsRecords(_ testCase: Case) throws {
        #expect(try CSVTokenizer.records(in: testCase.input, separator: ",", path: "t.csv") == testCase.records)
    }

    @Test func tabSeparatesTSV() throws {
        #expect(try CSVTokenizer.records(in: "a,b\t\"c\td\"\n", separator: "\t", path: "t.tsv")
            == [CSVRecord(fields: ["a,b", "c\td"], line: 1)])
    }

    @Test func unterminatedQuoteNamesTheLineWhereTheFieldStarts() {
        #expect(throws: GlossaryError.unterminatedQuote(file: "t.csv", line: 2)) {
            try CSVTokenizer.records(in: "a,b\nc,\"d\n\ne\n", separator: ",", path: "t.csv")
        }
    }
}
