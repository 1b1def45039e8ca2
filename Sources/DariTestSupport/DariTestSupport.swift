// \(t) — see the module's files.
