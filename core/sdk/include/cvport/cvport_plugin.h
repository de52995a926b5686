/*
 * cvport plugin ABI, version 1.2 (CVPORT_ABI_MAJOR.CVPORT_ABI_MINOR below).
 *
 * This is the only contract between the cvport host and a format plugin. It is plain C so that
 * a plugin can be built by any compiler, or written in C. The ABI has a version of its own, kept
 * here and nowhere else: cvport's package version (`cvport --version`) and the model version of
 * the canonical JSON move independently of it. The rules that keep it stable:
 *
 *  - Every struct starts with `struct_size` and only ever grows at its end. A reader copies the
 *    bytes it knows (min(struct_size, sizeof)) and treats the rest as zero.
 *  - The ABI major must match exactly. The host refuses a plugin built for a newer minor (it may
 *    rely on host features this host lacks); an older minor is fine.
 *  - No C++ type, exception or allocation crosses. Strings are UTF-8, NUL-terminated, and owned
 *    by the side that passes them; they stay valid only for the duration of the call unless
 *    stated otherwise (descriptor strings are static and live as long as the plugin).
 *  - The CV crosses as canonical cvport JSON (see docs/model.md), options as a JSON object that
 *    the host has already checked against the format's options schema, defaults filled in.
 *  - Text guarantee. Every text value of the CV an export receives (every JSON string of the
 *    model outside the kept members, "extra") has passed the host's source checks, whether it
 *    came from a YAML source or from an importer's model (core/src/text_checks.cpp):
 *      - it is valid UTF-8: no malformed or overlong sequence, no surrogate, nothing past U+10FFFF;
 *      - it holds no control character but TAB, LF and CR: C0 controls, DEL (U+007F), the C1
 *        controls (U+0080-U+009F) and the noncharacters U+FFFE and U+FFFF are removed, with a
 *        warning to the user;
 *      - it has no whitespace (space, TAB, LF, CR) at either end.
 *    So every character left is a Char of XML 1.0, and a plugin need not check or sanitise model
 *    text: it only escapes what its own syntax gives a meaning to (XML's < & ", Markdown's * _ [,
 *    LaTeX's { } \). Not covered: option values (JSON the host checked against the schema only),
 *    the kept members, and the text an importer receives (the user's file as it is).
 *  - Output goes into host-owned sinks; a plugin never opens a path or talks to a terminal.
 *  - Values that cross are fixed-size: status codes and severities are int32_t with #defines (an
 *    enum's size is the compiler's choice); they keep the values, sizes and offsets of ABI 1.0,
 *    whose fields were C enums of the same size.
 *
 * What ABI 1.1 added to 1.0 (a 1.0 plugin loads unchanged):
 *  - the entry `cvport_plugin_entry_<id>(const cvport_host_info *)`, named after the plugin, so a
 *    plugin learns the host's versions and several plugins can be linked into one binary; the
 *    host looks for it first and falls back to 1.0's `cvport_plugin_entry(void)`;
 *  - int32_t status and severity types in place of enums;
 *  - the promise that no host callback unwinds into a plugin: a failure is a status or nothing.
 *
 * What ABI 1.2 added to 1.1 (a 1.1 or 1.0 plugin loads unchanged):
 *  - cvport_import_input and, at the end of cvport_import_request, earlier_inputs and
 *    later_input_count: an importer learns the inputs of its format given before the one it
 *    reads in the same command, and how many inputs follow, so that a file can use what an
 *    earlier one defines (BibTeX's @string macros in abbrev.bib, read by \bibliography{abbrev,papers}).
 */
#ifndef CVPORT_PLUGIN_H
#define CVPORT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CVPORT_ABI_MAJOR 1
#define CVPORT_ABI_MINOR 2

/* The entry symbol of ABI 1.1: CVPORT_PLUGIN_ENTRY_PREFIX followed by the plugin id, each '-'
 * written '_' ("cvport_plugin_entry_my_format" for the plugin "my-format"). Its type is
 * cvport_plugin_entry_with_host_fn. The host refuses one whose descriptor names another plugin,
 * so the names stay unique and plugins can be linked together. Define it with
 * CVPORT_PLUGIN_ENTRY_SYMBOL(my_format). */
#define CVPORT_PLUGIN_ENTRY_PREFIX "cvport_plugin_entry_"
#define CVPORT_PLUGIN_ENTRY_SYMBOL(id) CVPORT_PLUGIN_CONCAT_(cvport_plugin_entry_, id)
#define CVPORT_PLUGIN_CONCAT_(a, b) CVPORT_PLUGIN_CONCAT2_(a, b)
#define CVPORT_PLUGIN_CONCAT2_(a, b) a##b

/* The entry symbol of ABI 1.0, of type cvport_plugin_entry_fn: one name for every plugin, no
 * argument. The host still loads it when a plugin has no entry of ABI 1.1. */
#define CVPORT_PLUGIN_ENTRY_NAME "cvport_plugin_entry"

#if defined(_WIN32)
#define CVPORT_PLUGIN_EXPORT __declspec(dllexport)
#else
#define CVPORT_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/* What every call returns. An int32_t since ABI 1.1 (1.0 had an enum of the same size and values). */
typedef int32_t cvport_status;
#define CVPORT_OK 0
#define CVPORT_ERROR 1          /* the format could not be written; a diagnostic says why */
#define CVPORT_INVALID_INPUT 2  /* (import) the input is not a valid document of this format */
#define CVPORT_SINK_FAILED 3    /* a host sink refused a write (disk full, out of memory, ...) */
#define CVPORT_UNSUPPORTED 4    /* the operation is not offered by this format */

/* How serious a diagnostic is. An int32_t since ABI 1.1 (1.0: an enum, same size and values). */
typedef int32_t cvport_severity;
#define CVPORT_SEVERITY_NOTE 0
#define CVPORT_SEVERITY_WARNING 1
#define CVPORT_SEVERITY_ERROR 2

/* The optional second output of an import (see cvport_format.import_cv). A host that does not
 * know it refuses to open it, and the import stands without it. */
#define CVPORT_IMPORT_ORIGINS_SINK "cvport-origins.json"

/* Capability bits of a format. */
#define CVPORT_CAP_EXPORT 0x1u      /* export_cv is set */
#define CVPORT_CAP_IMPORT 0x2u      /* import_cv is set */
#define CVPORT_CAP_BINARY 0x4u      /* output is not text */
#define CVPORT_CAP_MULTI_FILE 0x8u  /* output is a folder of several files */
#define CVPORT_CAP_THREAD_SAFE 0x10u /* may be called from several threads at once */

/* A diagnostic reported by a plugin. */
typedef struct cvport_diagnostic {
  uint32_t struct_size;
  cvport_severity severity;
  const char *code;    /* stable, dotted: "orcid.no-org-id" */
  const char *path;    /* model path the message concerns, "publications[3].doi"; may be NULL */
  const char *message; /* one sentence, no trailing newline */
  /* Position in the import input, 1-based; 0 when unknown. Only importers set these. */
  uint32_t line;
  uint32_t column;
} cvport_diagnostic;

typedef struct cvport_sink cvport_sink; /* opaque, owned by the host */

/* What the host offers a plugin during one call. No callback lets an exception or any other
 * unwinding reach the plugin's frames (which may be C): a failure inside the host comes back as
 * NULL (open_sink), CVPORT_SINK_FAILED (write) or a dropped diagnostic (report). */
typedef struct cvport_host {
  uint32_t struct_size;
  void *context;
  /* Opens an output. A single-file format has exactly one output, the primary one: `name` NULL
   * or "". A multi-file format (CVPORT_CAP_MULTI_FILE) names every file it writes with a
   * relative path inside its output folder ("manifest.json", "works/bulk-001.xml"):
   * '/'-separated, no "." or ".." part, no leading '/'. Returns NULL if the name is refused (a
   * diagnostic says why). A sink stays valid until the call returns; the host commits the
   * outputs atomically only when the call succeeds. */
  cvport_sink *(*open_sink)(void *context, const char *name);
  /* Appends bytes to a sink. Returns CVPORT_OK or CVPORT_SINK_FAILED (also when the host runs
   * out of memory); the plugin then stops and returns CVPORT_SINK_FAILED. */
  cvport_status (*write)(void *context, cvport_sink *sink, const void *data, size_t size);
  /* Reports a diagnostic. */
  void (*report)(void *context, const cvport_diagnostic *diagnostic);
} cvport_host;

typedef struct cvport_export_request {
  uint32_t struct_size;
  const char *format_id;
  const char *model_json; /* canonical cvport JSON (compact), UTF-8 */
  size_t model_json_size;
  const char *options_json; /* JSON object, checked against the options schema */
  size_t options_json_size;
} cvport_export_request;

/* ABI 1.2: an input of the command other than the one being imported (see
 * cvport_import_request.earlier_inputs). Valid for the duration of the import call only. */
typedef struct cvport_import_input {
  uint32_t struct_size;
  const char *input; /* the file's bytes, as the host read them */
  size_t input_size;
  const char *source_name; /* its name, for messages only; the plugin never opens it */
} cvport_import_input;

typedef struct cvport_import_request {
  uint32_t struct_size;
  const char *format_id;
  const char *input; /* the input file's bytes */
  size_t input_size;
  const char *source_name; /* the input's name, for messages only; the plugin never opens it */
  const char *options_json;
  size_t options_json_size;
  /* ABI 1.2. The inputs of this same format that the command gives before this one, in
   * command-line order (`cvport import abbrev.bib papers.bib`: abbrev.bib when papers.bib is
   * read), so that an importer can read what they define for this input as the format's own
   * tools do: BibTeX keeps the @string macros of \bibliography{abbrev,papers} from one file to
   * the next. An array of pointers, since cvport_import_input may grow. The host imports each
   * of them in its own call and reports its problems then: an importer reads them only for what
   * they lend this input and reports nothing about them. 0 and NULL when there are none, and
   * under a host of ABI 1.1 or older (whose smaller struct_size leaves these fields out). */
  size_t earlier_input_count;
  const cvport_import_input *const *earlier_inputs;
  /* ABI 1.2. How many inputs of any format the command gives after this one; 0 when it is the
   * last or only one, and under an older host. With earlier_input_count it tells an importer
   * whether a file of definitions alone serves anything. */
  size_t later_input_count;
} cvport_import_request;

typedef struct cvport_format {
  uint32_t struct_size;
  const char *id;          /* "markdown": lower case, [a-z0-9-], unique among loaded plugins */
  const char *name;        /* "Markdown (CommonMark)" */
  const char *description; /* one line */
  const char *const *extensions; /* NULL-terminated, with the dot: {".md", NULL} */
  const char *const *mime_types; /* NULL-terminated */
  uint32_t capabilities;   /* CVPORT_CAP_* */
  const char *options_schema_json; /* JSON Schema object of the options; NULL = no options */
  const char *help_url;    /* may be NULL */
  const char *default_output_name; /* file or folder name used inside an output folder:
                                      "cv.md", "resume.json", or "orcid" for a multi-file format */
  /* Writes the model into host sinks. */
  cvport_status (*export_cv)(const cvport_export_request *request, const cvport_host *host);
  /* Reads a document of this format and writes canonical cvport JSON to the primary sink.
   * It may also open the sink named CVPORT_IMPORT_ORIGINS_SINK and write there where each value
   * of the model came from: a JSON object from model paths ("work[0].organization.name") to
   * the input's own paths ("work[0].company", as the host's document map knows them) or to
   * [line, column] pairs. The host then places every message about the imported model, the
   * checks it runs itself and the exporters' alike, in the user's file. A host that does not
   * know this sink refuses it; an importer goes on without it. */
  cvport_status (*import_cv)(const cvport_import_request *request, const cvport_host *host);
  /* Returns nonzero if `input` looks like format `format_id` (content sniffing); may be NULL. */
  int (*detect)(const char *format_id, const char *input, size_t input_size);
} cvport_format;

typedef struct cvport_plugin_descriptor {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  const char *plugin_id;      /* "docx" */
  const char *plugin_version; /* semantic version of the plugin itself: "1.2.0" */
  const char *description;
  size_t format_count;
  const cvport_format *const *formats; /* array of pointers: each format has its own size */
} cvport_plugin_descriptor;

/* The smallest descriptor this host accepts: the fields of ABI 1.0. */
#define CVPORT_DESCRIPTOR_MIN_SIZE_V1_0 (offsetof(cvport_plugin_descriptor, formats) + sizeof(void *))
#define CVPORT_FORMAT_MIN_SIZE_V1_0 (offsetof(cvport_format, detect) + sizeof(void *))

/* What the host tells a plugin about itself when it calls the entry of ABI 1.1. Valid for the
 * duration of the entry call only: copy what you keep. Grows at its end like every struct. */
typedef struct cvport_host_info {
  uint32_t struct_size;
  uint16_t abi_major; /* the ABI the host speaks: its CVPORT_ABI_MAJOR, CVPORT_ABI_MINOR */
  uint16_t abi_minor;
  const char *host_version; /* cvport's own (package) version, "1.0.0": for messages only */
  uint16_t model_major;     /* the model version of the canonical JSON the host sends */
  uint16_t model_minor;     /* (its "model_version", "1.0") */
} cvport_host_info;

/* ABI 1.1: cvport_plugin_entry_<id>. `host` is never NULL when cvport calls it. */
typedef const cvport_plugin_descriptor *(*cvport_plugin_entry_with_host_fn)(const cvport_host_info *host);
/* ABI 1.0: cvport_plugin_entry. */
typedef const cvport_plugin_descriptor *(*cvport_plugin_entry_fn)(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* CVPORT_PLUGIN_H */
