#ifndef DARI_CALLOCATOR_H
#define DARI_CALLOCATOR_H

/// Gives the memory malloc holds free back to the system: glibc's
/// malloc_trim(0), which unmaps the free pages inside its heaps as well as at
/// their tops. Freed heap memory otherwise stays resident, and a stage's
/// temporary arrays, once freed, still count in the peak of the next (issue 18).
/// malloc.h is not in Swift's Glibc module, hence this shim. Returns 1 when
/// memory was released, 0 when none was or the C library has no such call.
int dari_allocator_release_free_memory(void);

#endif
