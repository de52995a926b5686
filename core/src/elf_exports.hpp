// The symbols an ELF shared library exports, read from the file without loading it (loading
// runs the library's initialisers).
//
// Why not boost::dll::library_info (1.74): it takes the symbol names from the last string table
// section of the file, which is .shstrtab (the section names) as often as .strtab, and it reads
// .symtab, which `strip` removes, rather than .dynsym, which the dynamic loader uses. A plugin
// built with debug information was refused as having no entry symbol depending on the order of
// its sections. This reads .dynsym with the string table its sh_link names, as ld.so does.
#ifndef CVPORT_SRC_ELF_EXPORTS_HPP
#define CVPORT_SRC_ELF_EXPORTS_HPP

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cvport {

// The names of the defined, global (or weak) dynamic symbols of an ELF file of this machine's
// byte order; nothing when the file is not ELF (or cannot be read), so the caller can ask
// another reader.
std::optional<std::vector<std::string>> elf_exported_symbols(const std::filesystem::path& file);

} // namespace cvport

#endif
