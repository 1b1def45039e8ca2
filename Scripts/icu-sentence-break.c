/* The raw ICU yardstick for segmentation speed (issue 19): ICU sentence break
   iteration over the same input as `dari segment` (each line a block, each
   block's sentences printed one per line), with no rule after it. Build:
   cc -O2 -o /tmp/icu-sentence-break Scripts/icu-sentence-break.c $(pkg-config --cflags --libs icu-uc icu-i18n)
   Run: /tmp/icu-sentence-break ko INPUT > /dev/null */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
int main(int argc, char **argv) {
    const char *loc = argc > 1 ? argv[1] : "ko";
    FILE *in = argc > 2 ? fopen(argv[2], "rb") : stdin;
    size_t cap = 1 << 20, len = 0; char *buf = malloc(cap);
    size_t n; while ((n = fread(buf + len, 1, cap - len, in)) > 0) { len += n; if (len == cap) buf = realloc(buf, cap *= 2); }
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, loc, NULL, 0, &st);
    int32_t ucap = 1 << 16; UChar *u = malloc(ucap * sizeof(UChar));
    int32_t ocap = 1 << 18; char *o = malloc(ocap);
    size_t sentences = 0; char *p = buf, *end = buf + len;
    FILE *out = stdout;
    while (p < end) {
        char *nl = memchr(p, '\n', end - p); if (!nl) nl = end;
        int32_t bl = (int32_t)(nl - p);
        if (bl == 0) { fputc('\n', out); p = nl + 1; continue; }
        int32_t ul = 0; st = U_ZERO_ERROR;
        u_strFromUTF8(u, ucap, &ul, p, bl, &st);
        if (st == U_BUFFER_OVERFLOW_ERROR) { ucap = ul + 1; u = realloc(u, ucap * sizeof(UChar)); st = U_ZERO_ERROR; u_strFromUTF8(u, ucap, &ul, p, bl, &st); }
        ubrk_setText(bi, u, ul, &st);
        int32_t s = 0, e;
        while ((e = ubrk_next(bi)) != UBRK_DONE) {
            int32_t ol = 0; UErrorCode s2 = U_ZERO_ERROR;
            u_strToUTF8(o, ocap, &ol, u + s, e - s, &s2);
            if (s2 == U_BUFFER_OVERFLOW_ERROR) { ocap = ol + 1; o = realloc(o, ocap); s2 = U_ZERO_ERROR; u_strToUTF8(o, ocap, &ol, u + s, e - s, &s2); }
            fwrite(o, 1, ol, out); fputc('\n', out); sentences++; s = e;
        }
        p = nl + 1;
    }
    fprintf(stderr, "%zu sentences\n", sentences);
    return 0;
}
