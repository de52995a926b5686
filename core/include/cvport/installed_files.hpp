// Where the files installed with cvport are, found from the running executable: the install
// tree and the build tree have the same layout (bin/, share/cvport/).
#ifndef CVPORT_INSTALLED_FILES_HPP
#define CVPORT_INSTALLED_FILES_HPP

#include <string>

namespace cvport {

// The JSON Schema of the source format: share/cvport/cvport.schema.json beside the bin folder of
// this executable, as an absolute path (the modeline of a written source must work wherever the
// file is). "cvport.schema.json" when the executable cannot be found.
std::string installed_schema_path();

} // namespace cvport

#endif
