// CICU — the few ICU C calls dari needs, behind dari_icu_* names.
//
// Why this shim exists: ICU renames every C symbol with its major version
// (`ubrk_open` is a macro for `ubrk_open_72`), and Swift cannot import such
// macros. Worse, Foundation ships its own private ICU; a Swift module that sees
// /usr/include/unicode/*.h fails a clean build with "'UErrorCode' has different
// definitions in different modules". So this header declares only opaque
// structs, <stdint.h> types and dari_icu_* functions; <unicode/...> is included
// only in CICU.c. Text is UTF-16 (ICU's native form), lengths and offsets are
// UTF-16 code units. Status codes follow ICU: > 0 is a failure, <= 0 success
// (negative values are warnings such as U_USING_DEFAULT_WARNING).
#ifndef DARI_CICU_H
#define DARI_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A break iterator (sentence or word). Owned by the caller; close it with
/// dari_icu_breaker_close. ICU keeps a pointer to the text given to
/// dari_icu_breaker_set_text, so that text must outlive the iteration.
typedef struct dari_icu_breaker dari_icu_breaker;

typedef enum {
    DARI_ICU_BREAK_SENTENCE = 0,
    DARI_ICU_BREAK_WORD = 1,
} dari_icu_break_kind;

/// Opens a break iterator for `locale` (e.g. "ko", "en", "en@ss=standard").
/// Returns NULL and sets *status > 0 on failure.
dari_icu_breaker *dari_icu_breaker_open(dari_icu_break_kind kind, const char *locale, int32_t *status);
void dari_icu_breaker_close(dari_icu_breaker *breaker);

/// Points the iterator at `text` (UTF-16, `length` code units) and writes every
/// boundary after offset 0 into `out` (at most `capacity`). Returns the number
/// of boundaries found; if that is more than `capacity`, only `capacity` were
/// written and the caller should retry with a larger buffer. For word breaks,
/// `rule_status` (may be NULL) receives each segment's rule status (0 = none,
/// 100.. = number, 200.. = letter, 300.. = kana, 400.. = ideograph).
int32_t dari_icu_breaker_boundaries(dari_icu_breaker *breaker,
                                    const uint16_t *text, int32_t length,
                                    int32_t *out, int32_t *rule_status, int32_t capacity,
                                    int32_t *status);

/// 1 when `text` is certainly in NFC (unorm2_quickCheck says YES), 0 otherwise.
int32_t dari_icu_is_nfc(const uint16_t *text, int32_t length, int32_t *status);

/// Writes the NFC form of `text` into `dest`. Returns the needed length in
/// UTF-16 code units (retry with that capacity when it exceeds `capacity`).
int32_t dari_icu_nfc(const uint16_t *text, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);

/// A transliterator (e.g. "Hangul-Latin"). Owned by the caller.
typedef struct dari_icu_transliterator dari_icu_transliterator;
dari_icu_transliterator *dari_icu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status);
void dari_icu_transliterator_close(dari_icu_transliterator *transliterator);
/// Transliterates `buffer` in place; `*length` is the text length on entry and
/// the result length on return. Returns the needed capacity (retry when it
/// exceeds `capacity`; then `buffer` is unchanged).
int32_t dari_icu_transliterate(dari_icu_transliterator *transliterator,
                               uint16_t *buffer, int32_t *length, int32_t capacity,
                               int32_t *status);

/// The symbolic name of an ICU status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *dari_icu_error_name(int32_t status);

/// The ICU version string, e.g. "72.1".
void dari_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
