/*
 * The outline format: the whole CV as indented plain text, one field a line, lists as "- "
 * items. It walks the canonical JSON the host passes, so it shows every field the model has,
 * including fields added after this plugin was written.
 *
 *   person:
 *     name: Baolin Li
 *   publications:
 *     - id: li2023clover
 *       title: Clover: Toward Sustainable AI with Carbon-Aware Machine Learning Inference Service
 *       authors:
 *         - name: Baolin Li
 */
#ifndef OUTLINE_WRITER_H
#define OUTLINE_WRITER_H

#include <stddef.h>

#include "cvport/cvport_plugin.h"

/* Writes the outline of `model_json` into `sink`, `indent` spaces a level. Problems are reported
 * through the host; returns CVPORT_OK, CVPORT_ERROR (bad model) or CVPORT_SINK_FAILED. */
#ifdef __cplusplus
extern "C" { /* the tests call these from C++ */
#endif

cvport_status write_outline(const cvport_host *host, cvport_sink *sink, const char *model_json, size_t size,
                            int indent);

#ifdef __cplusplus
}
#endif

#endif
