#ifndef DARI_CLIBFUZZER_H
#define DARI_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that have their own main (LLVM 11 and
// later): it parses libFuzzer's flags from argv and calls `callback` with
// each input. Declared here because Swift cannot declare a C function, and
// used instead of libFuzzer's main because SwiftPM renames an executable's
// entry point (`<Module>_main`), which a main-less fuzz target would lack.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
