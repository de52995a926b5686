#!/usr/bin/env python3
"""Generates the SDK's ISO 3166-1 headers from Debian's iso-codes package.

    generate_iso_3166.py VERSION ISO_3166_1_JSON LOCALE_DIR "de fr ..." CODES_HEADER NAMES_HEADER

VERSION: the iso-codes version, written into the headers.

CODES_HEADER: the alpha-2 codes assigned today (cvport::iso_3166::alpha_2_codes), sorted.
NAMES_HEADER: what cvport::country_code_for() looks names up in:
  - character_folds: the folding of one code point, for the scripts country names are written in;
  - name_keys: every folded key (alpha-2, alpha-3, the English names, their translations in the
    catalogues of LANGUAGES, the few everyday names below) with the country it names.

Only the Python standard library is used (gettext reads the .mo catalogues). The output depends
only on the inputs: every list is sorted and nothing else (time, paths) is written.
"""
import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict

# Everyday names that iso-codes lacks, each with the reason it identifies one country. Keep this
# list small: a name belongs here only if people write it where a country code is expected and
# it cannot name anything else. The generator fails if one of these is already a key.
EVERYDAY_NAMES = {
    # ISO 3166/MA "exceptionally reserved" UK for the United Kingdom at its request (the .uk
    # domain, EU usage); the assigned code is GB.
    "UK": "GB",
    # The island that gave GB its code; in everyday use (sport, travel) for the whole country.
    "Great Britain": "GB",
    # The English short name in ISO 3166-1 until the ISO 3166/MA changed it to "Türkiye" in 2022
    # (iso-codes followed); most CVs written before then say "Turkey".
    "Turkey": "TR",
    # iso-codes' Russian catalogue gives only the official "Российская Федерация"; Russian CVs
    # write the short name (seen in real resume.json files).
    "Россия": "RU",
    # The English exonym in everyday use; ISO and iso-codes use only "Côte d'Ivoire".
    "Ivory Coast": "CI",
}

# The blocks whose characters fold: the scripts of the languages cvport reads names in (Latin,
# Greek, Cyrillic, Hebrew, Arabic) and the punctuation and spaces typed between words. Other
# characters (CJK, kana, Hangul) are compared as they are.
FOLDED_BLOCKS = [
    (0x0000, 0x024F),  # ASCII, Latin-1, Latin Extended-A and -B
    (0x0300, 0x036F),  # combining diacritical marks (text typed in decomposed form)
    (0x0370, 0x052F),  # Greek, Cyrillic
    (0x0590, 0x06FF),  # Hebrew, Arabic (their points and vowel marks)
    (0x1E00, 0x1FFF),  # Latin Extended Additional (Vietnamese), Greek Extended
    (0x2000, 0x206F),  # general punctuation: spaces, dashes, quotation marks
    (0x3000, 0x3000),  # ideographic space
    (0xFF01, 0xFF5E),  # full-width ASCII, as Chinese and Japanese input methods type it
]

# Punctuation that separates words like a space: "Korea, Republic of", "Guinea-Bissau",
# "Falkland Islands (Malvinas)", "Trinidad/Tobago". Full stops are dropped, so "U.S.A." is "usa"
# and "Virgin Islands, U.S." is "virgin islands us". Typographic apostrophes are the ASCII one.
SEPARATORS = set(",()-/\u2010\u2011\u2012\u2013\u2014\u2015")
DROPPED = {"."}
APOSTROPHES = {"\u2018", "\u2019", "\u02bc", "\u00b4", "`"}


def fold_code_point(c):
    """Case folding, compatibility decomposition, combining marks dropped, punctuation as above."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", c).casefold())
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn" or ch in DROPPED:
            continue
        if ch in SEPARATORS or ch.isspace():
            out.append(" ")
        elif ch in APOSTROPHES:
            out.append("'")
        else:
            out.append(ch)
    return "".join(out)


def character_folds():
    folds = {}
    for first, last in FOLDED_BLOCKS:
        for code_point in range(first, last + 1):
            c = chr(code_point)
            if unicodedata.category(c) in ("Cs", "Cn"):
                continue
            folded = fold_code_point(c)
            if folded != c:
                folds[code_point] = folded
    return folds


def lookup_key(text, folds):
    """Mirrors country_code_for() in countries.hpp; the tests check both agree on every name."""
    folded = "".join(folds.get(ord(c), c) for c in text)
    key = " ".join(word for word in folded.split(" ") if word)
    return key[4:] if key.startswith("the ") else key


def shortened(name):
    """The shorter forms people write: 'Saint Martin (French part)' is also 'Saint Martin',
    'Palestine, State of' also 'Palestine'."""
    without_parentheses = re.sub(r"\s*\([^)]*\)", "", name)
    return {without_parentheses, without_parentheses.split(",")[0]} - {name}


# Where a key comes from, most trusted first: a key claimed by two countries at the same rank is
# ambiguous and dropped ("Korea", short for KR and KP); at different ranks the more trusted one
# wins ("Congo" is CG's name, not only the short form of "Congo, The Democratic Republic of the").
CODE, ENGLISH, ENGLISH_SHORTENED, EVERYDAY, TRANSLATED, TRANSLATED_SHORTENED = range(6)


def collect_keys(countries, locale_dir, languages, folds):
    claims = defaultdict(lambda: defaultdict(set))  # key -> rank -> alpha-2 codes

    def claim(text, rank, code, shortened_rank=None):
        for variant, variant_rank in [(text, rank)] + [(short, shortened_rank) for short in shortened(text)]:
            key = lookup_key(variant, folds)
            if key and variant_rank is not None:
                claims[key][variant_rank].add(code)

    name_fields = ("name", "official_name", "common_name")
    for country in countries:
        code = country["alpha_2"]
        claim(code, CODE, code)
        claim(country["alpha_3"], CODE, code)
        for field in name_fields:
            if field in country:
                claim(country[field], ENGLISH, code, ENGLISH_SHORTENED)
    for language in languages:
        with open(f"{locale_dir}/{language}/LC_MESSAGES/iso_3166-1.mo", "rb") as catalogue:
            translations = gettext.GNUTranslations(catalogue)
        for country in countries:
            for field in name_fields:
                if field in country:
                    claim(translations.gettext(country[field]), TRANSLATED, country["alpha_2"], TRANSLATED_SHORTENED)
    for name, code in EVERYDAY_NAMES.items():
        if lookup_key(name, folds) in claims:
            sys.exit(f"generate_iso_3166.py: the everyday name {name!r} is in iso-codes now: remove it")
        claim(name, EVERYDAY, code)

    keys, ambiguous = {}, []
    for key, ranks in claims.items():
        codes = ranks[min(ranks)]
        if len(codes) == 1:
            keys[key] = next(iter(codes))
        else:
            ambiguous.append((key, sorted(codes)))
    return keys, sorted(ambiguous)


def cpp_string(text):
    """A C++ string literal of the UTF-8 bytes, ASCII only (octal escapes cannot run on)."""
    out = []
    for byte in text.encode("utf-8"):
        if byte in (0x22, 0x5C) or byte < 0x20 or byte >= 0x7F:
            out.append(f"\\{byte:03o}")
        else:
            out.append(chr(byte))
    return '"' + "".join(out) + '"'


PREAMBLE = """// Generated by cmake/generate_iso_3166.py from Debian's iso-codes {version}: do not edit.
"""


def write_codes_header(path, codes, version):
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(PREAMBLE.format(version=version))
        out.write("""#ifndef CVPORT_ISO_3166_CODES_HPP
#define CVPORT_ISO_3166_CODES_HPP

#include <array>
#include <string_view>

namespace cvport::iso_3166 {

// The ISO 3166-1 alpha-2 codes assigned today, sorted.
""")
        out.write(f"inline constexpr std::array<std::string_view, {len(codes)}> alpha_2_codes = {{\n")
        for i in range(0, len(codes), 16):
            out.write("    " + ", ".join(f'"{c}"' for c in codes[i:i + 16]) + ",\n")
        out.write("};\n\n} // namespace cvport::iso_3166\n\n#endif // CVPORT_ISO_3166_CODES_HPP\n")


def write_names_header(path, codes, folds, keys, ambiguous, languages, version):
    index = {code: i for i, code in enumerate(codes)}
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(PREAMBLE.format(version=version))
        out.write(f"""// Names from iso_3166-1.json and the catalogues of: {" ".join(languages)}.
#ifndef CVPORT_ISO_3166_NAMES_HPP
#define CVPORT_ISO_3166_NAMES_HPP

#include <array>
#include <cstdint>
#include <string_view>

#include "cvport/iso_3166_codes.hpp"

namespace cvport::iso_3166 {{

// The languages whose iso-codes translations of the names are keys below.
inline constexpr std::array<std::string_view, {len(languages)}> name_languages = {{
    {", ".join(f'"{language}"' for language in languages)}}};

// What one code point becomes in a lookup key (UTF-8; empty: dropped), sorted by code point.
// Code points not listed stay as they are.
struct CharacterFold {{
  char32_t code_point;
  std::string_view folded;
}};
inline constexpr std::array<CharacterFold, {len(folds)}> character_folds = {{{{
""")
        for code_point in sorted(folds):
            out.write(f"    {{0x{code_point:04X}, {cpp_string(folds[code_point])}}},\n")
        out.write(f"""}}}};

// Every lookup key with the country it names (an index into alpha_2_codes), sorted by key bytes.
struct NameKey {{
  std::string_view key;
  std::uint8_t country;
}};
""")
        out.write("// Left out, as they name several countries:\n")
        for key, claimants in ambiguous:
            out.write(f"//   {cpp_string(key)}: {' '.join(claimants)}\n")
        sorted_keys = sorted(keys, key=lambda k: k.encode("utf-8"))
        out.write(f"inline constexpr std::array<NameKey, {len(sorted_keys)}> name_keys = {{{{\n")
        for key in sorted_keys:
            out.write(f"    {{{cpp_string(key)}, {index[keys[key]]}}},\n")
        out.write("}};\n\n} // namespace cvport::iso_3166\n\n#endif // CVPORT_ISO_3166_NAMES_HPP\n")


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    version, json_path, locale_dir, languages, codes_header, names_header = sys.argv[1:]
    languages = sorted(languages.split())
    with open(json_path, encoding="utf-8") as source:
        countries = json.load(source)["3166-1"]
    codes = sorted(country["alpha_2"] for country in countries)
    folds = character_folds()
    keys, ambiguous = collect_keys(countries, locale_dir, languages, folds)
    write_codes_header(codes_header, codes, version)
    write_names_header(names_header, codes, folds, keys, ambiguous, languages, version)


if __name__ == "__main__":
    main()
