#include "outline_writer.h"

#include <stdlib.h>
#include <string.h>

#include "json_scan.h"

#define OUTLINE_MAX_DEPTH 64

typedef struct outline {
  const cvport_host *host;
  cvport_sink *sink;
  json_cursor json;
  int indent;
  int bullet_pending;   /* "- " is written: the next line goes on right after it */
  cvport_status status; /* the first failure; nothing is written after it */
} outline;

static void emit(outline *o, const char *bytes, size_t size) {
  if (o->status != CVPORT_OK || size == 0) return;
  if (o->host->write(o->host->context, o->sink, bytes, size) != CVPORT_OK) o->status = CVPORT_SINK_FAILED;
}

static void emit_text(outline *o, const char *text) { emit(o, text, strlen(text)); }

static void emit_spaces(outline *o, int count) {
  static const char spaces[] = "                ";
  while (count > 0) {
    int chunk = count < 16 ? count : 16;
    emit(o, spaces, (size_t)chunk);
    count -= chunk;
  }
}

/* Starts a line at `column`, unless a list bullet already started it. */
static void begin_line(outline *o, int column) {
  if (o->bullet_pending)
    o->bullet_pending = 0;
  else
    emit_spaces(o, column);
}

/* Reports an error through the host. The diagnostic's path is NULL: a bad model is not about one
 * field. A plugin that complains about a field names it ("publications[3].doi"), and the host
 * turns that into the line and column of the user's source file. */
static void fail(outline *o, const char *message) {
  cvport_diagnostic diagnostic;
  if (o->status != CVPORT_OK) return;
  memset(&diagnostic, 0, sizeof diagnostic);
  diagnostic.struct_size = sizeof diagnostic;
  diagnostic.severity = CVPORT_SEVERITY_ERROR;
  diagnostic.code = "outline.bad-model";
  diagnostic.path = NULL;
  diagnostic.message = message;
  o->host->report(o->host->context, &diagnostic);
  o->status = CVPORT_ERROR;
}

/* Writes string text; each line break (LF, CRLF or CR) goes on at `continuation`. The host has
 * already removed the control characters plain text cannot show. */
static void emit_value_text(outline *o, const char *text, size_t length, int continuation) {
  size_t start = 0, i;
  for (i = 0; i < length; ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    emit(o, text + start, i - start);
    emit_text(o, "\n");
    emit_spaces(o, continuation);
    if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  emit(o, text + start, length - start);
}

static void write_scalar(outline *o, int continuation) {
  if (json_peek(&o->json) == '"') {
    size_t length;
    char *text = json_read_string(&o->json, &length);
    if (!text) {
      fail(o, "a string in the model is malformed");
      return;
    }
    emit_value_text(o, text, length, continuation);
    free(text);
  } else {
    const char *text;
    size_t length;
    if (!json_read_literal(&o->json, &text, &length)) {
      fail(o, "expected a value");
      return;
    }
    emit(o, text, length);
  }
  emit_text(o, "\n");
}

static int is_container(char c) { return c == '{' || c == '['; }

/* Writes the object or array at the cursor: an object's members one a line at `column`, an
 * array's items as "- " bullets at `column`, their content two columns further in. */
static void write_container(outline *o, int column, int depth) {
  char open = json_peek(&o->json);
  char close = open == '{' ? '}' : ']';
  if (depth > OUTLINE_MAX_DEPTH) {
    fail(o, "the model nests deeper than the outline supports");
    return;
  }
  ++o->json.at;
  if (json_consume(&o->json, close)) return;
  do {
    if (open == '{') {
      size_t length;
      char *key = json_read_string(&o->json, &length);
      if (!key || !json_consume(&o->json, ':')) {
        free(key);
        fail(o, "expected a member name");
        return;
      }
      begin_line(o, column);
      emit(o, key, length);
      emit_text(o, is_container(json_peek(&o->json)) ? ":\n" : ": ");
      free(key);
      if (is_container(json_peek(&o->json)))
        write_container(o, column + o->indent, depth + 1);
      else
        write_scalar(o, column + o->indent);
    } else {
      begin_line(o, column);
      emit_text(o, "- ");
      if (is_container(json_peek(&o->json))) {
        o->bullet_pending = 1;
        write_container(o, column + 2, depth + 1);
        if (o->bullet_pending) { /* an empty item: end its line */
          o->bullet_pending = 0;
          emit_text(o, "\n");
        }
      } else {
        write_scalar(o, column + 2);
      }
    }
    if (o->status != CVPORT_OK) return;
  } while (json_consume(&o->json, ','));
  if (!json_consume(&o->json, close)) fail(o, "expected ',' or the end of an object or array");
}

cvport_status write_outline(const cvport_host *host, cvport_sink *sink, const char *model_json, size_t size,
                            int indent) {
  outline o;
  memset(&o, 0, sizeof o);
  o.host = host;
  o.sink = sink;
  o.json.at = model_json;
  o.json.end = model_json + size;
  o.indent = indent;
  o.status = CVPORT_OK;
  if (json_peek(&o.json) != '{')
    fail(&o, "the model is not a JSON object");
  else
    write_container(&o, 0, 0);
  if (o.status == CVPORT_OK && json_peek(&o.json) != 0) fail(&o, "unexpected text after the model");
  return o.status;
}
