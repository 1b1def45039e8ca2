// The extraction stage as the `dari` executable sees it: `Extractor`,
// `ExtractionResult`, `ExtractionError` and the block dumps.
@_exported import DariExtraction
