// The only file that includes ICU headers; see CICU.h for why.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit int32_t");

struct dari_icu_breaker {
    UBreakIterator *iterator;
};

dari_icu_breaker *dari_icu_breaker_open(dari_icu_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == DARI_ICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code) || iterator == NULL) {
        return NULL;
    }
    dari_icu_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void dari_icu_breaker_close(dari_icu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t dari_icu_breaker_boundaries(dari_icu_breaker *breaker,
                                    const uint16_t *text, int32_t length,
                                    int32_t *out, int32_t *rule_status, int32_t capacity,
                                    int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return 0;
    }
    int32_t count = 0;
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            out[count] = b;
            if (rule_status != NULL) rule_status[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    // Detach the iterator from the caller's buffer so no dangling pointer stays behind.
    ubrk_setText(breaker->iterator, NULL, 0, &code);
    *status = U_ZERO_ERROR;
    return count;
}

int32_t dari_icu_is_nfc(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    UNormalizationCheckResult result = unorm2_quickCheck(nfc, (const UChar *)text, length, &code);
    *status = (int32_t)code;
    return U_SUCCESS(code) && result == UNORM_YES ? 1 : 0;
}

int32_t dari_icu_nfc(const uint16_t *text, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t needed = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)dest, capacity, &code);
    // Overflow is the caller's cue to retry with `needed`, not an error.
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = (int32_t)code;
    return needed;
}

struct dari_icu_transliterator {
    UTransliterator *trans;
};

dari_icu_transliterator *dari_icu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *trans = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code) || trans == NULL) return NULL;
    dari_icu_transliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(trans);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->trans = trans;
    return result;
}

void dari_icu_transliterator_close(dari_icu_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->trans);
    free(transliterator);
}

int32_t dari_icu_transliterate(dari_icu_transliterator *transliterator,
                               uint16_t *buffer, int32_t *length, int32_t capacity,
                               int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t text_length = *length;
    int32_t limit = *length;
    // utrans_transUChars works in place; on overflow it reports the needed
    // length and leaves the buffer in an undefined state, so work on a copy.
    UChar *work = malloc(sizeof(UChar) * (size_t)(capacity > 0 ? capacity : 1));
    if (work == NULL) { *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return 0; }
    memcpy(work, buffer, sizeof(UChar) * (size_t)text_length);
    utrans_transUChars(transliterator->trans, work, &text_length, capacity, 0, &limit, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR) {
        free(work);
        *status = U_ZERO_ERROR;
        return text_length > capacity ? text_length : capacity + 1;
    }
    if (U_SUCCESS(code)) {
        memcpy(buffer, work, sizeof(UChar) * (size_t)text_length);
        *length = text_length;
        code = U_ZERO_ERROR;
    }
    free(work);
    *status = (int32_t)code;
    return text_length;
}

const char *dari_icu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

void dari_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char buffer[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, buffer);
    strncpy(out, buffer, (size_t)capacity);
    if (capacity > 0) out[capacity - 1] = '\0';
}
