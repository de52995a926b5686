#include "json_scan.h"

#include <stdlib.h>
#include <string.h>

char json_peek(json_cursor *cursor) {
  while (cursor->at < cursor->end &&
         (*cursor->at == ' ' || *cursor->at == '\t' || *cursor->at == '\n' || *cursor->at == '\r'))
    ++cursor->at;
  return cursor->at < cursor->end ? *cursor->at : 0;
}

int json_consume(json_cursor *cursor, char expected) {
  if (json_peek(cursor) != expected) return 0;
  ++cursor->at;
  return 1;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits of a \u escape; -1 if they are not there. */
static long read_hex4(json_cursor *cursor) {
  long value = 0;
  int i;
  if (cursor->end - cursor->at < 4) return -1;
  for (i = 0; i < 4; ++i) {
    int digit = hex_value(cursor->at[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  cursor->at += 4;
  return value;
}

static size_t put_utf8(char *out, unsigned long code_point) {
  if (code_point < 0x80) {
    out[0] = (char)code_point;
    return 1;
  }
  if (code_point < 0x800) {
    out[0] = (char)(0xC0 | (code_point >> 6));
    out[1] = (char)(0x80 | (code_point & 0x3F));
    return 2;
  }
  if (code_point < 0x10000) {
    out[0] = (char)(0xE0 | (code_point >> 12));
    out[1] = (char)(0x80 | ((code_point >> 6) & 0x3F));
    out[2] = (char)(0x80 | (code_point & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (code_point >> 18));
  out[1] = (char)(0x80 | ((code_point >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((code_point >> 6) & 0x3F));
  out[3] = (char)(0x80 | (code_point & 0x3F));
  return 4;
}

/* A \u escape, with the second half of a surrogate pair when there is one. Lone surrogates
 * become U+FFFD, as a JSON reader may choose. */
static unsigned long read_unicode_escape(json_cursor *cursor) {
  long high = read_hex4(cursor);
  if (high < 0) return 0;
  if (high >= 0xD800 && high <= 0xDBFF && cursor->end - cursor->at >= 6 && cursor->at[0] == '\\' &&
      cursor->at[1] == 'u') {
    json_cursor ahead = {cursor->at + 2, cursor->end};
    long low = read_hex4(&ahead);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      cursor->at = ahead.at;
      return 0x10000 + (((unsigned long)high - 0xD800) << 10) + ((unsigned long)low - 0xDC00);
    }
  }
  if (high >= 0xD800 && high <= 0xDFFF) return 0xFFFD;
  return (unsigned long)high;
}

char *json_read_string(json_cursor *cursor, size_t *length) {
  /* Decoded text is never longer than its escaped form. */
  char *text;
  size_t used = 0;
  if (!json_consume(cursor, '"')) return NULL;
  text = malloc((size_t)(cursor->end - cursor->at) + 1);
  if (!text) return NULL;
  while (cursor->at < cursor->end && *cursor->at != '"') {
    char c = *cursor->at++;
    if (c != '\\') {
      text[used++] = c;
      continue;
    }
    if (cursor->at == cursor->end) break;
    c = *cursor->at++;
    switch (c) {
    case 'b': text[used++] = '\b'; break;
    case 'f': text[used++] = '\f'; break;
    case 'n': text[used++] = '\n'; break;
    case 'r': text[used++] = '\r'; break;
    case 't': text[used++] = '\t'; break;
    case 'u': {
      unsigned long code_point = read_unicode_escape(cursor);
      if (code_point == 0) {
        free(text);
        return NULL;
      }
      used += put_utf8(text + used, code_point);
      break;
    }
    default: text[used++] = c; /* \" \\ \/ */
    }
  }
  if (!json_consume(cursor, '"')) {
    free(text);
    return NULL;
  }
  text[used] = '\0';
  *length = used;
  return text;
}

int json_read_literal(json_cursor *cursor, const char **text, size_t *length) {
  const char *start;
  json_peek(cursor);
  start = cursor->at;
  while (cursor->at < cursor->end && strchr("+-.0123456789eEtruefalsn", *cursor->at)) ++cursor->at;
  *text = start;
  *length = (size_t)(cursor->at - start);
  return *length > 0;
}

int json_skip_value(json_cursor *cursor, int max_depth) {
  char next = json_peek(cursor);
  if (next == '"') {
    size_t length;
    char *text = json_read_string(cursor, &length);
    free(text);
    return text != NULL;
  }
  if (next == '{' || next == '[') {
    char close = next == '{' ? '}' : ']';
    if (max_depth <= 0) return 0;
    ++cursor->at;
    if (json_consume(cursor, close)) return 1;
    do {
      if (next == '{' && !(json_skip_value(cursor, 0) && json_consume(cursor, ':'))) return 0;
      if (!json_skip_value(cursor, max_depth - 1)) return 0;
    } while (json_consume(cursor, ','));
    return json_consume(cursor, close);
  }
  {
    const char *text;
    size_t length;
    return json_read_literal(cursor, &text, &length);
  }
}

long json_object_integer(const char *json, size_t size, const char *name, long fallback) {
  if (!json) return fallback; /* checked first: NULL + size is undefined even when size is 0 */
  json_cursor cursor = {json, json + size};
  long value = fallback;
  if (!json_consume(&cursor, '{') || json_consume(&cursor, '}')) return fallback;
  do {
    size_t length;
    char *key = json_read_string(&cursor, &length);
    int wanted = key && strcmp(key, name) == 0;
    free(key);
    if (!key || !json_consume(&cursor, ':')) return fallback;
    if (wanted && json_peek(&cursor) != '"' && json_peek(&cursor) != '{' && json_peek(&cursor) != '[') {
      const char *text;
      char digits[32];
      if (!json_read_literal(&cursor, &text, &length) || length >= sizeof digits) return fallback;
      memcpy(digits, text, length); /* the input is not NUL-terminated: strtol needs a copy */
      digits[length] = '\0';
      value = strtol(digits, NULL, 10);
    } else if (!json_skip_value(&cursor, 32)) {
      return fallback;
    }
  } while (json_consume(&cursor, ','));
  return value;
}
