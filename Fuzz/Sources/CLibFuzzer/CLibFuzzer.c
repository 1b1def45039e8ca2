// Only the header matters; SwiftPM needs a source file to build the target.
#include "CLibFuzzer.h"
