// ABI 1.1 and 1.2 are additive: every field of ABI 1.0 keeps its offset, every struct its size but
// cvport_import_request, to which 1.2 appended fields after all of 1.0's, and the status and
// severity values are those of 1.0's enums, now int32_t of the same size. Checked at compile time
// against the 1.0 header as it was released (fixtures/abi_1_0/, a verbatim copy),
// read here into a namespace of its own next to today's header.
#include <cstddef>
#include <cstdint>

#include <gtest/gtest.h>

namespace v1_0 {
#include "abi_1_0/cvport/cvport_plugin.h"
} // namespace v1_0

// The 1.0 values, taken before today's header #defines the same names.
constexpr int kOld[] = {v1_0::CVPORT_OK,          v1_0::CVPORT_ERROR,         v1_0::CVPORT_INVALID_INPUT,
                        v1_0::CVPORT_SINK_FAILED, v1_0::CVPORT_UNSUPPORTED,   v1_0::CVPORT_SEVERITY_NOTE,
                        v1_0::CVPORT_SEVERITY_WARNING, v1_0::CVPORT_SEVERITY_ERROR};
constexpr unsigned kOldCapabilities[] = {CVPORT_CAP_EXPORT, CVPORT_CAP_IMPORT, CVPORT_CAP_BINARY, CVPORT_CAP_MULTI_FILE,
                                         CVPORT_CAP_THREAD_SAFE};
constexpr int kOldAbiMajor = CVPORT_ABI_MAJOR;
// 1.0's CVPORT_DESCRIPTOR_MIN_SIZE_V1_0 and CVPORT_FORMAT_MIN_SIZE_V1_0, its types named in their namespace.
constexpr std::size_t kOldDescriptorMin = offsetof(v1_0::cvport_plugin_descriptor, formats) + sizeof(void*);
constexpr std::size_t kOldFormatMin = offsetof(v1_0::cvport_format, detect) + sizeof(void*);

// Today's header, after the 1.0 one's macros are gone.
#undef CVPORT_PLUGIN_H
#undef CVPORT_ABI_MAJOR
#undef CVPORT_ABI_MINOR
#undef CVPORT_PLUGIN_ENTRY_NAME
#undef CVPORT_PLUGIN_EXPORT
#undef CVPORT_IMPORT_ORIGINS_SINK
#undef CVPORT_CAP_EXPORT
#undef CVPORT_CAP_IMPORT
#undef CVPORT_CAP_BINARY
#undef CVPORT_CAP_MULTI_FILE
#undef CVPORT_CAP_THREAD_SAFE
#undef CVPORT_DESCRIPTOR_MIN_SIZE_V1_0
#undef CVPORT_FORMAT_MIN_SIZE_V1_0
#include "cvport/cvport_plugin.h"

namespace {

#define SAME_LAYOUT(type)                                                                                   \
  static_assert(sizeof(type) == sizeof(v1_0::type), #type " changed size");                                  \
  static_assert(alignof(type) == alignof(v1_0::type), #type " changed alignment")
#define SAME_OFFSET(type, field)                                                                            \
  static_assert(offsetof(type, field) == offsetof(v1_0::type, field), #type "." #field " moved");            \
  static_assert(sizeof(type::field) == sizeof(v1_0::type::field), #type "." #field " changed size")

SAME_LAYOUT(cvport_status);
SAME_LAYOUT(cvport_severity);
static_assert(sizeof(cvport_status) == 4 && sizeof(cvport_severity) == 4);

SAME_LAYOUT(cvport_diagnostic);
SAME_OFFSET(cvport_diagnostic, struct_size);
SAME_OFFSET(cvport_diagnostic, severity);
SAME_OFFSET(cvport_diagnostic, code);
SAME_OFFSET(cvport_diagnostic, path);
SAME_OFFSET(cvport_diagnostic, message);
SAME_OFFSET(cvport_diagnostic, line);
SAME_OFFSET(cvport_diagnostic, column);

SAME_LAYOUT(cvport_host);
SAME_OFFSET(cvport_host, struct_size);
SAME_OFFSET(cvport_host, context);
SAME_OFFSET(cvport_host, open_sink);
SAME_OFFSET(cvport_host, write);
SAME_OFFSET(cvport_host, report);

SAME_LAYOUT(cvport_export_request);
SAME_OFFSET(cvport_export_request, struct_size);
SAME_OFFSET(cvport_export_request, format_id);
SAME_OFFSET(cvport_export_request, model_json);
SAME_OFFSET(cvport_export_request, model_json_size);
SAME_OFFSET(cvport_export_request, options_json);
SAME_OFFSET(cvport_export_request, options_json_size);

// ABI 1.2 appended fields to the import request: the fields of 1.0 keep their offsets, the new
// ones come after all of them, so a request of 1.0's size holds exactly 1.0's fields.
static_assert(sizeof(cvport_import_request) > sizeof(v1_0::cvport_import_request));
static_assert(offsetof(cvport_import_request, earlier_input_count) >= sizeof(v1_0::cvport_import_request));
SAME_OFFSET(cvport_import_request, struct_size);
SAME_OFFSET(cvport_import_request, format_id);
SAME_OFFSET(cvport_import_request, input);
SAME_OFFSET(cvport_import_request, input_size);
SAME_OFFSET(cvport_import_request, source_name);
SAME_OFFSET(cvport_import_request, options_json);
SAME_OFFSET(cvport_import_request, options_json_size);

SAME_LAYOUT(cvport_format);
SAME_OFFSET(cvport_format, struct_size);
SAME_OFFSET(cvport_format, id);
SAME_OFFSET(cvport_format, name);
SAME_OFFSET(cvport_format, description);
SAME_OFFSET(cvport_format, extensions);
SAME_OFFSET(cvport_format, mime_types);
SAME_OFFSET(cvport_format, capabilities);
SAME_OFFSET(cvport_format, options_schema_json);
SAME_OFFSET(cvport_format, help_url);
SAME_OFFSET(cvport_format, default_output_name);
SAME_OFFSET(cvport_format, export_cv);
SAME_OFFSET(cvport_format, import_cv);
SAME_OFFSET(cvport_format, detect);

SAME_LAYOUT(cvport_plugin_descriptor);
SAME_OFFSET(cvport_plugin_descriptor, struct_size);
SAME_OFFSET(cvport_plugin_descriptor, abi_major);
SAME_OFFSET(cvport_plugin_descriptor, abi_minor);
SAME_OFFSET(cvport_plugin_descriptor, plugin_id);
SAME_OFFSET(cvport_plugin_descriptor, plugin_version);
SAME_OFFSET(cvport_plugin_descriptor, description);
SAME_OFFSET(cvport_plugin_descriptor, format_count);
SAME_OFFSET(cvport_plugin_descriptor, formats);

static_assert(kOldDescriptorMin == CVPORT_DESCRIPTOR_MIN_SIZE_V1_0 && kOldFormatMin == CVPORT_FORMAT_MIN_SIZE_V1_0);
static_assert(kOldAbiMajor == CVPORT_ABI_MAJOR, "1.1 is the same major");

// A 1.0 function and its 1.1 type are the same type: a 1.0 plugin's export_cv is called as is.
static_assert(sizeof(v1_0::cvport_status (*)(const v1_0::cvport_export_request*, const v1_0::cvport_host*)) ==
              sizeof(cvport_status (*)(const cvport_export_request*, const cvport_host*)));

constexpr int kNew[] = {CVPORT_OK,          CVPORT_ERROR,       CVPORT_INVALID_INPUT,   CVPORT_SINK_FAILED,
                        CVPORT_UNSUPPORTED, CVPORT_SEVERITY_NOTE, CVPORT_SEVERITY_WARNING, CVPORT_SEVERITY_ERROR};
constexpr unsigned kNewCapabilities[] = {CVPORT_CAP_EXPORT, CVPORT_CAP_IMPORT, CVPORT_CAP_BINARY, CVPORT_CAP_MULTI_FILE,
                                         CVPORT_CAP_THREAD_SAFE};

constexpr bool same_values() {
  for (std::size_t i = 0; i < std::size(kOld); ++i)
    if (kOld[i] != kNew[i]) return false;
  for (std::size_t i = 0; i < std::size(kOldCapabilities); ++i)
    if (kOldCapabilities[i] != kNewCapabilities[i]) return false;
  return true;
}
static_assert(same_values(), "a status, severity or capability value changed");

// The checks above run when this file compiles; this names them in the test list.
TEST(AbiLayout, Version1_2KeepsTheSizesOffsetsAndValuesOf1_0) {
  EXPECT_EQ(CVPORT_ABI_MAJOR, 1);
  EXPECT_EQ(CVPORT_ABI_MINOR, 2);
  EXPECT_EQ(sizeof(cvport_diagnostic), sizeof(v1_0::cvport_diagnostic));
}

} // namespace
