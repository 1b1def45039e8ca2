import ArgumentParser
import DariPipeline

/// `--lang ko|en` on the command line.
enum LanguageArgument: String, ExpressibleByArgument, CaseIterable {
    case ko, en

    var language: Language { self == .ko ? .korean : .english }
}
