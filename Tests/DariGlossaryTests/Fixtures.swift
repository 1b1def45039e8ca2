import DariTestSupport

/// The files in Fixtures/, copied into the test bundle.
let fixtures = FixtureFolder(bundle: .module)
