import ArgumentParser
import DariModel
import DariPipeline

// The library's own enums are the option types: each value is spelled once,
// where the library defines it, and argument-parser lists the choices.

extension Language: ExpressibleByArgument {}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension BlockDumpFormat: ExpressibleByArgument {}
extension SegmentedAlignRequest.Format: ExpressibleByArgument {}
