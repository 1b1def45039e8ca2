// cmark-gfm (CommonMark with GitHub's extensions), from Debian's
// libcmark-gfm-dev and libcmark-gfm-extensions-dev. The extensions library
// ships no pkg-config file, so both libraries are linked by name
// (module.modulemap). Only DariMarkdown imports this module.
#ifndef DARI_CMARK_GFM_SHIM_H
#define DARI_CMARK_GFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

/// A parser with source positions and footnotes, and the GFM table and
/// strikethrough extensions attached. Autolinks stay off: a bare address
/// is text, which url-mismatch reads, as on an HTML page.
static inline cmark_parser *dari_cmark_parser_new(void) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
    if (parser == NULL) return NULL;
    const char *names[] = {"table", "strikethrough"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(names[i]);
        if (extension != NULL) cmark_parser_attach_syntax_extension(parser, extension);
    }
    return parser;
}

#endif
