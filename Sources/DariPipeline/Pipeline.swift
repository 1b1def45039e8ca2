// DariPipeline wires the stages together; the `dari` executable calls only this module.
@_exported import DariModel
@_exported import DariSegmentation
@_exported import DariAlignment
@_exported import DariMemory
