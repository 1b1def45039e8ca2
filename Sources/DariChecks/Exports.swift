// Clients of the checks (reports, the pipeline) see the memory and glossary types they are about.
@_exported import DariGlossary
@_exported import DariMemory
@_exported import DariModel
