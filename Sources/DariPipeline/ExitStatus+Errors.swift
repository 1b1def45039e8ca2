extension ExitStatus {
    /// The exit status of an error a pipeline stage throws: 74 when a file or
    /// folder could not be read, 64 for a usage mistake found late (an
    /// unknown check id), 65 for input that is there but malformed. Nil for
    /// an error dari does not know, whose message then lacks a file and line.
    ///
    /// The one place that maps errors to statuses, for every subcommand.
    public static func code(for error: any Error) -> Int32? {
        switch error {
        case let error as InputError: return error.exitCode
        case let error as SiteError: return error.exitCode
        case let error as ExtractionError: return error.exitCode
        case let error as MemoryReadError: return error.exitCode
        case let error as CheckError:
            if case .unknownCheck(file: "--disable", _, _, _) = error { return usage }
            return error.isInputOutput ? ioError : dataError
        case let error as GlossaryError:
            if case .unreadable = error { return ioError }
            return dataError
        case is LexiconError: return dataError
        case is AtomicFile.WriteError: return ioError
        default: return nil
        }
    }
}
