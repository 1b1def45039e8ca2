// CLibXML2 — libxml2 as DariXML sees it. Only DariXML imports this module.
#ifndef DARI_CLIBXML2_SHIM_H
#define DARI_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with LIBXML_ICU_ENABLED, so libxml/encoding.h would
// include <unicode/ucnv.h>. Foundation carries a private ICU whose UErrorCode
// then clashes with the system one ("'UErrorCode' has different definitions in
// different modules") — on a clean build only. dari never uses libxml2's ICU
// converters through this header, so hide them. Remove when Foundation stops
// exporting its ICU module map.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlsave.h>

// xmlFree is a global function pointer; Swift 6 rejects touching it as
// "not concurrency-safe". Call it through a function instead.
static inline void dari_xml_free(void *pointer) {
    xmlFree(pointer);
}

// The error's column: libxml2 2.9 keeps it in int2 (2.13 documents that field).
static inline int dari_xml_error_column(const xmlError *error) {
    return error->int2;
}

// libxml2 prints some errors through its generic handler, which writes to
// stderr without file or line ("xmlParseChunk: encoder error" for a memory
// whose bytes are invalid in its charset), besides the structured error dari
// reports itself. The handler is variadic, which Swift cannot write, and
// per-thread, so it is set before each parse (ErrorCollector.capturing).
static void dari_xml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void dari_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, dari_xml_ignore_generic_error);
}

#endif
