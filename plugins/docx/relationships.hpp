// The relationships of one OPC part (a *.rels part): ids are handed out in the order targets
// are added, so the same document always gets the same ids.
#ifndef CVPORT_DOCX_RELATIONSHIPS_HPP
#define CVPORT_DOCX_RELATIONSHIPS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace cvport::docx {

class Relationships {
public:
  // A part of the package, `target` relative to the source part's folder. Returns the id.
  std::string add_part(std::string_view type, std::string_view target);
  // An external hyperlink. The same URL gets the same id every time.
  std::string add_hyperlink(std::string_view url);

  std::string xml() const;

private:
  struct Relationship {
    std::string id;
    std::string type;
    std::string target;
    bool external = false;
  };
  std::string add(std::string_view type, std::string_view target, bool external);

  std::vector<Relationship> relationships_;
};

} // namespace cvport::docx

#endif
