// Owning pointers to GLib objects (pango layouts, contexts), released with g_object_unref.
#ifndef CVPORT_PDF_GOBJECT_PTR_HPP
#define CVPORT_PDF_GOBJECT_PTR_HPP

#include <memory>

#include <glib-object.h>

namespace cvport::pdf {

struct GObjectUnref {
  void operator()(void* object) const {
    if (object) g_object_unref(object);
  }
};
template <class T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

} // namespace cvport::pdf

#endif
