#include "font_map.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <mutex>
#include <string_view>
#include <vector>

namespace cvport::pdf {
namespace {

// The family the plugin's own configuration is for (PdfOptions' default) and its fallbacks, in
// the order pango tries them for a character the family lacks. DejaVu Sans comes last: it was the
// system configuration's first fallback for Noto Sans here, and covers many symbols.
constexpr std::string_view kOwnFamily = "Noto Sans";
constexpr std::array<std::string_view, 5> kFallbackFamilies = {
    "Noto Sans Hebrew", "Noto Sans Arabic", "Noto Sans Symbols", "Noto Sans Symbols2", "DejaVu Sans"};

// The face of the pan-CJK Noto Sans CJK fonts whose glyph shapes suit the user's language, as
// fonts-noto-cjk's fontconfig rules (70-fonts-noto-cjk.conf) choose it; Japanese otherwise, which
// is what those rules leave for every other language.
std::string_view cjk_family() {
  std::string_view language = pango_language_to_string(pango_language_get_default());
  auto is = [&](std::string_view tag) {
    return language.substr(0, tag.size()) == tag && (language.size() == tag.size() || language[tag.size()] == '-');
  };
  if (is("zh-tw")) return "Noto Sans CJK TC";
  if (is("zh-hk") || is("zh-mo")) return "Noto Sans CJK HK";
  if (is("zh")) return "Noto Sans CJK SC";
  if (is("ko")) return "Noto Sans CJK KR";
  return "Noto Sans CJK JP";
}

std::string xml_text(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') escaped += "&amp;";
    else if (c == '<') escaped += "&lt;";
    else escaped += c;
  }
  return escaped;
}

// The configuration: the font folders and cache folders of Debian's /etc/fonts/fonts.conf (so
// fontconfig reads its cache files instead of the fonts), only the families above, and those
// families appended to every pattern in fallback order.
std::string own_configuration_xml() {
  std::vector<std::string_view> families = {kOwnFamily};
  families.insert(families.end(), kFallbackFamilies.begin(), kFallbackFamilies.begin() + 2);
  families.push_back(cjk_family());
  families.insert(families.end(), kFallbackFamilies.begin() + 2, kFallbackFamilies.end());
  std::string accepted, appended;
  for (std::string_view family : families) {
    accepted += "<pattern><patelt name=\"family\"><string>" + xml_text(family) + "</string></patelt></pattern>";
    appended += "<string>" + xml_text(family) + "</string>";
  }
  return "<?xml version=\"1.0\"?><fontconfig>"
         "<dir>/usr/share/fonts</dir><dir>/usr/local/share/fonts</dir><dir prefix=\"xdg\">fonts</dir>"
         "<dir>~/.fonts</dir>"
         "<cachedir>/var/cache/fontconfig</cachedir><cachedir prefix=\"xdg\">fontconfig</cachedir>"
         "<cachedir>~/.fontconfig</cachedir>"
         "<selectfont><acceptfont>" +
         accepted +
         "</acceptfont><rejectfont><pattern/></rejectfont></selectfont>"
         "<match target=\"pattern\"><edit name=\"family\" mode=\"append_last\">" +
         appended + "</edit></match></fontconfig>";
}

bool has_family(FcConfig* config, std::string_view family) {
  FcFontSet* fonts = FcConfigGetFonts(config, FcSetSystem);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* name = nullptr;
    for (int n = 0; FcPatternGetString(fonts->fonts[i], FC_FAMILY, n, &name) == FcResultMatch; ++n)
      if (family == reinterpret_cast<const char*>(name)) return true;
  }
  return false;
}

// Characters that need no glyph of their own: controls, format characters (joiners, direction
// marks, tag characters) and variation selectors.
bool needs_no_glyph(gunichar c) {
  GUnicodeType type = g_unichar_type(c);
  return type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

// The plugin's configuration and each of its fonts' characters.
struct OwnConfiguration {
  FcConfig* config = nullptr;
  std::vector<FcCharSet*> characters; // owned by the configuration's fonts
  // For each ASCII character, whether it needs no glyph or some font has it: most of a CV's
  // characters are ASCII, and this answers for them without asking fontconfig each time.
  std::bitset<128> ascii_covered;
};

std::vector<FcCharSet*> characters_of(FcConfig* config) {
  std::vector<FcCharSet*> characters;
  FcFontSet* fonts = FcConfigGetFonts(config, FcSetSystem);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcCharSet* font_characters = nullptr;
    if (FcPatternGetCharSet(fonts->fonts[i], FC_CHARSET, 0, &font_characters) == FcResultMatch)
      characters.push_back(font_characters);
  }
  return characters;
}

// Orders the two changes of fontconfig's current configuration below: making the plugin's own
// one current, and taking the system's one from it.
std::mutex current_configuration_mutex;
bool own_is_current = false; // guarded by current_configuration_mutex

// Built once per process and never destroyed: every font map of every thread may hold it. Its
// config is null when fontconfig cannot read it or the family's fonts are not installed.
//
// It becomes fontconfig's current configuration: pango starts a thread that loads the current
// one (FcInit) when its first font map is made, and that would read the whole system
// configuration for nothing. Every other font map of this plugin is given its configuration
// explicitly (system_configuration()).
const OwnConfiguration& own_configuration() {
  static const OwnConfiguration own = [] {
    OwnConfiguration loaded;
    FcConfig* config = FcConfigCreate();
    if (!config) return loaded;
    std::string xml = own_configuration_xml();
    std::lock_guard lock(current_configuration_mutex);
    if (FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(xml.c_str()), FcFalse) &&
        FcConfigBuildFonts(config) && has_family(config, kOwnFamily) && FcConfigSetCurrent(config)) {
      loaded.config = config;
      loaded.characters = characters_of(config);
      for (gunichar c = 0; c < loaded.ascii_covered.size(); ++c)
        loaded.ascii_covered[c] = needs_no_glyph(c) || std::any_of(loaded.characters.begin(), loaded.characters.end(),
                                                                   [c](FcCharSet* font) { return FcCharSetHasChar(font, c); });
      own_is_current = true;
    } else {
      FcConfigDestroy(config);
    }
    return loaded;
  }();
  return own;
}

// The system's configuration (/etc/fonts), for other families and for text the plugin's fonts
// lack: the current one while it still is (the one pango's thread loads, so it is read once),
// else a copy of its own. Referenced once per process and never released.
FcConfig* system_configuration() {
  static FcConfig* const config = [] {
    std::lock_guard lock(current_configuration_mutex);
    return own_is_current ? FcInitLoadConfigAndFonts() : FcConfigReference(nullptr);
  }();
  return config;
}

// Whether some font of `own` has each character of `text`. Neighbouring characters are mostly of
// one script, so the font that had the last one is asked first.
bool covers(const OwnConfiguration& own, std::string_view text) {
  const std::vector<FcCharSet*>& fonts = own.characters;
  std::size_t last = 0;
  for (const char* p = text.data(); p < text.data() + text.size(); p = g_utf8_next_char(p)) {
    if (static_cast<unsigned char>(*p) < own.ascii_covered.size()) {
      if (!own.ascii_covered[static_cast<unsigned char>(*p)]) return false;
      continue;
    }
    gunichar c = g_utf8_get_char(p);
    if (needs_no_glyph(c) || FcCharSetHasChar(fonts[last], c)) continue;
    auto found = std::find_if(fonts.begin(), fonts.end(), [c](FcCharSet* font) { return FcCharSetHasChar(font, c); });
    if (found == fonts.end()) return false;
    last = static_cast<std::size_t>(found - fonts.begin());
  }
  return true;
}

// The calling thread's font map for `config`, made on first use and kept until the thread ends,
// as pango keeps its default font map: pango's font maps are not thread-safe, and a kept one
// keeps its fonts and fallback lists for the next export.
//
// Its resolution is the plugin's 72 dpi (one point is one PDF unit), as the writer's context's:
// pango measures each font's average character width (for line breaking) in a context of its own
// made from the font map, and at pango's default of 96 dpi that context asks fontconfig for a
// pattern of its own for each font (10.5 px at 96 dpi beside 10.5 px at 72); pango 1.50 starts
// two threads for each new pattern. At 72 dpi the measuring context's patterns are the text's.
PangoFontMap* thread_font_map(GPrivate& map_of_thread, FcConfig* config) {
  auto* map = static_cast<PangoFontMap*>(g_private_get(&map_of_thread));
  if (!map) {
    map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);
    g_private_set(&map_of_thread, map);
  }
  return map;
}

GPrivate own_font_map = G_PRIVATE_INIT(g_object_unref);
GPrivate system_font_map = G_PRIVATE_INIT(g_object_unref);

} // namespace

PangoFontMap* font_map_for(const std::string& font_family, std::string_view text) {
  if (font_family == kOwnFamily) {
    const OwnConfiguration& own = own_configuration();
    if (own.config && !own.characters.empty() && covers(own, text))
      return thread_font_map(own_font_map, own.config);
  }
  return thread_font_map(system_font_map, system_configuration());
}

} // namespace cvport::pdf
