// Works around a bug of cairo 1.16 (Debian 12's): each page's /Annots array lists the object
// numbers cairo reserved for its link annotations, but cairo writes the annotations under new
// numbers (in the same order, just before the array) and never writes the reserved ones, whose
// cross-reference entries then point at another object. Viewers lose the links and qpdf --check
// reports the file damaged. The repair rewrites each such array in place with the numbers the
// annotations were written under (same byte length, so no offset moves) and marks the reserved
// numbers free in the cross-reference table. A PDF without the bug is returned unchanged.
#ifndef CVPORT_PDF_ANNOTATION_REPAIR_HPP
#define CVPORT_PDF_ANNOTATION_REPAIR_HPP

#include <string>

namespace cvport::pdf {

// Returns false when the bug is present but the repair does not fit (an array entry would need
// more room than it has); `pdf` is then left as cairo wrote it.
bool repair_link_annotations(std::string& pdf);

} // namespace cvport::pdf

#endif
