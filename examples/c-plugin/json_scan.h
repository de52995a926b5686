/*
 * The little JSON reading a C plugin needs. The host hands plugins canonical JSON it wrote
 * itself, so the input is valid; these functions still check every bound and report bad input
 * by their return value instead of trusting it.
 */
#ifndef OUTLINE_JSON_SCAN_H
#define OUTLINE_JSON_SCAN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" { /* the tests call these from C++ */
#endif

typedef struct json_cursor {
  const char *at;  /* next byte to read */
  const char *end; /* one past the last byte */
} json_cursor;

/* Skips whitespace and returns the next byte without consuming it; 0 at the end. */
char json_peek(json_cursor *cursor);

/* Skips whitespace and consumes `expected`; returns 1 if it was there. */
int json_consume(json_cursor *cursor, char expected);

/* Reads a string (the cursor is at its opening quote) and returns its UTF-8 text, decoded and
 * NUL-terminated, in memory the caller frees; NULL on bad input or no memory. */
char *json_read_string(json_cursor *cursor, size_t *length);

/* Reads a number, true, false or null; `text` points into the input. Returns 1 on success. */
int json_read_literal(json_cursor *cursor, const char **text, size_t *length);

/* Skips one value of any kind, nested no deeper than `max_depth`. Returns 1 on success. */
int json_skip_value(json_cursor *cursor, int max_depth);

/* The value of the integer member `name` of a top-level object, or `fallback`. */
long json_object_integer(const char *json, size_t size, const char *name, long fallback);

#ifdef __cplusplus
}
#endif

#endif
