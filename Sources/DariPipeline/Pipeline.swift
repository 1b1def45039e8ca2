// DariPipeline is the façade the `dari` executable calls: one request and one
// outcome per subcommand (`ExtractRun`, `SegmentRun`, `AlignRun`, `CheckRun`,
// `ExportRun`). It re-exports nothing; the stage types a caller needs to
// fill a request or read an outcome are named here, and only these.
import DariAlignment
import DariChecks
import DariExtraction
import DariMemory
import DariReports

/// `dari extract --format`: text lines or JSON Lines.
public typealias BlockDumpFormat = DariExtraction.BlockDumpFormat
/// `dari check --format`, with its renderer.
public typealias ReportFormat = DariReports.ReportFormat
/// `dari check --fail-on`.
public typealias Severity = DariChecks.Severity
/// The checks `dari check --list-checks` prints.
public typealias CheckRegistry = DariChecks.CheckRegistry
/// What `dari check` found.
public typealias Finding = DariChecks.Finding
/// `dari export --tmx|--xliff12`, with its writer.
public typealias MemoryFormat = DariMemory.MemoryFormat
/// A memory as it is kept between runs (`MemoryStores`).
public typealias MemoryStore = DariMemory.MemoryStore
/// The sentence aligner's signals and weights (`dari align --without`).
public typealias AlignmentConfiguration = DariAlignment.AlignmentConfiguration
/// A signal `dari align --without` switches off.
public typealias AlignmentSignal = DariAlignment.AlignmentSignal
