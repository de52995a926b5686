// Whether an ELF shared library exports a symbol, read from the file without loading it (loading
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
#include <string_view>

namespace cvport {

// True or false for an ELF file of this machine's byte order; nothing when the file is not ELF
// (or cannot be read), so the caller can ask another reader.
std::optional<bool> elf_exports_symbol(const std::filesystem::path& file, std::string_view name);

} // namespace cvport

#endif
