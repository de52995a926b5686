// What each CV item becomes in BibTeX: the entry type and the fields.
//
//   publication type        entry            venue name goes to   venue short goes to
//   journal-article         @article         journal              shortjournal
//   conference-paper,
//   workshop-paper          @inproceedings   booktitle            series (as the ACM DL does)
//   book                    @book            series
//   book-chapter            @incollection    booktitle
//   thesis                  @phdthesis       school
//   report                  @techreport      institution
//   preprint                @unpublished     howpublished         (note "Preprint")
//   poster                  @unpublished     eventtitle           (note "Poster")
//   other                   @misc            howpublished
//   software                @software, the biblatex type Zenodo and GitHub export; classic
//                           BibTeX styles print it as @misc, pandoc reads it as CSL "book"
//   talk                    @unpublished with eventtitle, which pandoc reads as CSL "speech";
//                           note "Invited talk, <event>, <host>" for classic styles
//
// Status ("In press"), award and the publication's own note are joined into `note`.
// A field BibTeX requires but the CV lacks is a warning naming the model field to add.
#ifndef BIBTEX_BIBTEX_RECORDS_HPP
#define BIBTEX_BIBTEX_RECORDS_HPP

#include <string>

#include "bib_record.hpp"
#include "cvport/model.hpp"
#include "cvport/plugin_context.hpp"

namespace bibtex {

// `path` is the item's model path ("publications[3]"), used in diagnostics.
BibRecord publication_record(const cvport::Publication& publication, const std::string& key, const std::string& path,
                             cvport::sdk::Diagnostics& diagnostics);

BibRecord software_record(const cvport::Software& software, const std::string& key, const std::string& path,
                          cvport::sdk::Diagnostics& diagnostics);

// `speaker` is the CV's owner: a CV's talks are the talks its owner gave.
BibRecord talk_record(const cvport::Talk& talk, const cvport::Person& speaker, const std::string& key,
                      const std::string& path, cvport::sdk::Diagnostics& diagnostics);

} // namespace bibtex

#endif
