#include "elf_exports.hpp"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <vector>

namespace cvport {

namespace {

template <class T> bool read_at(std::ifstream& in, std::uint64_t offset, T& value) {
  in.seekg(std::streamoff(offset));
  return bool(in.read(reinterpret_cast<char*>(&value), sizeof value));
}

// The same walk for 32- and 64-bit files: the section headers, the dynamic symbol table, and the
// string table it links to.
template <class Header, class Section, class Symbol>
std::optional<std::vector<std::string>> dynamic_symbols(std::ifstream& in) {
  Header header{};
  if (!read_at(in, 0, header) || header.e_shentsize != sizeof(Section)) return std::nullopt;
  std::vector<std::string> names;
  std::vector<Section> sections(header.e_shnum);
  for (size_t i = 0; i < sections.size(); ++i)
    if (!read_at(in, header.e_shoff + i * sizeof(Section), sections[i])) return std::nullopt;
  for (const Section& table : sections) {
    if (table.sh_type != SHT_DYNSYM || table.sh_entsize != sizeof(Symbol) || table.sh_link >= sections.size())
      continue;
    const Section& strings = sections[table.sh_link];
    std::vector<char> text(strings.sh_size + 1, '\0');
    in.seekg(std::streamoff(strings.sh_offset));
    if (!in.read(text.data(), std::streamsize(strings.sh_size))) return std::nullopt;
    for (std::uint64_t i = 0; i < table.sh_size / sizeof(Symbol); ++i) {
      Symbol symbol{};
      if (!read_at(in, table.sh_offset + i * sizeof(Symbol), symbol)) return std::nullopt;
      bool defined = symbol.st_shndx != SHN_UNDEF;
      bool global = ELF64_ST_BIND(symbol.st_info) != STB_LOCAL; // the same bit layout in ELF32
      if (defined && global && symbol.st_name < strings.sh_size) names.emplace_back(text.data() + symbol.st_name);
    }
    return names;
  }
  return names; // an ELF file without dynamic symbols exports nothing
}

} // namespace

std::optional<std::vector<std::string>> elf_exported_symbols(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  unsigned char ident[EI_NIDENT] = {};
  if (!in.read(reinterpret_cast<char*>(ident), sizeof ident) || std::memcmp(ident, ELFMAG, SELFMAG) != 0)
    return std::nullopt;
  const bool little_endian = [] {
    const std::uint16_t probe = 1;
    return *reinterpret_cast<const unsigned char*>(&probe) == 1;
  }();
  if (ident[EI_DATA] != (little_endian ? ELFDATA2LSB : ELFDATA2MSB)) return std::nullopt;
  if (ident[EI_CLASS] == ELFCLASS64) return dynamic_symbols<Elf64_Ehdr, Elf64_Shdr, Elf64_Sym>(in);
  if (ident[EI_CLASS] == ELFCLASS32) return dynamic_symbols<Elf32_Ehdr, Elf32_Shdr, Elf32_Sym>(in);
  return std::nullopt;
}

} // namespace cvport
