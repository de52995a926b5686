# cvport_add_build_paths(<library> <template>): a static library of one translation unit, made
# from <template> (a .cpp.in), that holds this build's absolute paths: @VARIABLE@s are replaced
# when CMake configures, generator expressions ($<TARGET_FILE:cvport>) when it generates.
#
# Why not -DSOME_DIR="/abs/path" on the units that need it: ccache hashes each unit's command
# line, and CCACHE_BASEDIR rewrites only the paths given as arguments, not a path inside a
# definition's value. Every unit with such a definition missed the cache in a clone in another
# folder (a CI checkout); now only this tiny unit does (docs/performance.md, "Build and CI time").
function(cvport_add_build_paths library template)
  get_filename_component(template ${template} ABSOLUTE)
  get_filename_component(header_dir ${template} DIRECTORY)
  get_filename_component(source_name ${template} NAME_WLE)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/${source_name})
  configure_file(${template} ${source}.in @ONLY)
  file(GENERATE OUTPUT ${source} INPUT ${source}.in)
  add_library(${library} STATIC ${source})
  target_include_directories(${library} PUBLIC ${header_dir})
endfunction()
