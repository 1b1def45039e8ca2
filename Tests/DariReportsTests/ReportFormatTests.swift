import DariChecks
import DariModel
import Testing
@testable import DariReports

/// Each report format is listed once, with its renderer.
@Suite struct ReportFormatTests {
    @Test(arguments: ReportFormat.allCases)
    func everyFormatRendersThroughItsReport(_ format: ReportFormat) {
        let context = ReportContext()
        #expect(ReportRenderer.render([], as: format, context: context) == format.report.render([], context: context))
    }

    @Test func sarifNamesDarisVersion() {
        #expect(ReportContext().toolVersion == DariVersion.current)
        #expect(SARIFReport.render([], context: ReportContext()).contains("\"version\": \"\(DariVersion.current)\""))
    }
}
