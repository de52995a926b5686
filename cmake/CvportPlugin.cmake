# cvport_add_plugin(<id> [C_ONLY] SOURCES <file>... [LIBRARIES <lib>...] [OUTPUT_DIRECTORY <dir>]
#                   [EXPORTS <symbol>...])
#
# Builds a cvport format plugin: a MODULE library named <id> with hidden symbols (only the
# entry symbols are exported), linked against the header-only SDK and nothing else. Used by the
# first-party plugins and, through the installed CMake package, by third parties.
#
# EXPORTS names more symbols to export beside the entry, for a plugin that replaces a function of
# a C library it uses (cvport's bibtex plugin replaces libbtparse's usage_error, which calls exit).
#
# C_ONLY links cvport::abi (the C header alone) instead of cvport::sdk (the C++ SDK, which needs
# nlohmann-json); it is implied in a project that does not enable C++.
#
# The compilation gets CVPORT_PLUGIN_ID=<id> (as a C identifier: '-' becomes '_'), from which the
# C++ SDK's CVPORT_PLUGIN() names the entry of ABI 1.1, cvport_plugin_entry_<id>.
function(cvport_add_plugin id)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "C_ONLY" "OUTPUT_DIRECTORY" "SOURCES;LIBRARIES;EXPORTS")
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if(ARG_C_ONLY OR NOT "CXX" IN_LIST languages)
    set(abi_target cvport::abi)
  elseif(TARGET cvport::sdk)
    set(abi_target cvport::sdk)
  else()
    message(FATAL_ERROR "cvport_add_plugin(${id}): cvport::sdk, the C++ SDK, needs nlohmann-json "
      "(Debian: nlohmann-json3-dev), which was not found. A plugin written in C needs only "
      "cvport::abi: give C_ONLY.")
  endif()
  add_library(${id} MODULE ${ARG_SOURCES})
  target_link_libraries(${id} PRIVATE ${abi_target} ${ARG_LIBRARIES})
  string(REPLACE "-" "_" symbol_id "${id}")
  target_compile_definitions(${id} PRIVATE CVPORT_PLUGIN_ID=${symbol_id})
  set_target_properties(${id} PROPERTIES
    PREFIX ""
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED CVPORT_PLUGIN_OUTPUT_DIR)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${CVPORT_PLUGIN_OUTPUT_DIR})
  endif()
  # In cvport's own tree, first-party plugins are installed where the cvport executable finds them.
  if(DEFINED CVPORT_PLUGIN_INSTALL_DIR AND NOT ARG_OUTPUT_DIRECTORY)
    install(TARGETS ${id} LIBRARY DESTINATION ${CVPORT_PLUGIN_INSTALL_DIR})
  endif()
  # Export the entry symbols (ABI 1.1's cvport_plugin_entry_<id>, ABI 1.0's cvport_plugin_entry)
  # and nothing else: hidden visibility does not cover the template instantiations libstdc++
  # exports by default, which would then clash between plugins.
  set(export_map ${CMAKE_CURRENT_BINARY_DIR}/${id}.exports.map)
  set(extra_exports "")
  foreach(symbol IN LISTS ARG_EXPORTS)
    string(APPEND extra_exports " ${symbol};")
  endforeach()
  # Kept for a host that links the plugin in (plugins/CMakeLists.txt): it exports them too.
  set_property(TARGET ${id} PROPERTY CVPORT_PLUGIN_EXTRA_EXPORTS ${ARG_EXPORTS})
  file(WRITE ${export_map} "{ global: cvport_plugin_entry; cvport_plugin_entry_*;${extra_exports} local: *; };\n")
  target_link_options(${id} PRIVATE -Wl,--version-script=${export_map})
  # A plugin must not need undefined symbols from the host: catch that at link time.
  if(NOT CVPORT_SANITIZE)
    target_link_options(${id} PRIVATE -Wl,--no-undefined)
  endif()
endfunction()
