# cvport_add_plugin(<id> SOURCES <file>...)
#
# Builds a cvport format plugin: a MODULE library named <id> with hidden symbols (only the
# entry symbol is exported), linked against the header-only SDK and nothing else. Used by the
# first-party plugins and, through the installed CMake package, by third parties.
function(cvport_add_plugin id)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "OUTPUT_DIRECTORY" "SOURCES;LIBRARIES")
  add_library(${id} MODULE ${ARG_SOURCES})
  target_link_libraries(${id} PRIVATE cvport::sdk ${ARG_LIBRARIES})
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
  # Export the entry symbol and nothing else: hidden visibility does not cover the template
  # instantiations libstdc++ exports by default, which would then clash between plugins.
  set(export_map ${CMAKE_CURRENT_BINARY_DIR}/${id}.exports.map)
  file(WRITE ${export_map} "{ global: cvport_plugin_entry; local: *; };\n")
  target_link_options(${id} PRIVATE -Wl,--version-script=${export_map})
  # A plugin must not need undefined symbols from the host: catch that at link time.
  if(NOT CVPORT_SANITIZE)
    target_link_options(${id} PRIVATE -Wl,--no-undefined)
  endif()
endfunction()
