#include "pagination.hpp"

namespace cvport::pdf {
namespace {

// The distance from a line's top to the next line's top.
double line_advance(const TypesetBlock& block, std::size_t line) {
  return line + 1 < block.lines.size() ? block.lines[line + 1].top - block.lines[line].top : block.lines[line].height;
}

double unit_height(const Unit& unit, bool at_top) {
  double height = 0;
  for (const TypesetBlock* block : unit) {
    if (!(at_top && height == 0)) height += block->space_before;
    height += block->height();
  }
  return height;
}

class Paginator {
public:
  Paginator(double body_top, double body_bottom) : top_(body_top), bottom_(body_bottom), y_(body_top) {}

  void place(const Unit& unit) {
    double body = bottom_ - top_;
    if (!at_top() && y_ + unit_height(unit, false) > bottom_) {
      // Move the whole unit when it fits a page; when it is taller, start it here unless only
      // a sliver of the page is left.
      if (unit_height(unit, true) <= body || bottom_ - y_ < body / 5) new_page();
    }
    for (const TypesetBlock* block : unit) place_block(*block);
  }

  Pages finish() { return std::move(pages_); }

private:
  bool at_top() const { return y_ == top_; }

  void new_page() {
    ++pages_.count;
    y_ = top_;
  }

  void place_block(const TypesetBlock& block) {
    if (!at_top()) y_ += block.space_before;
    for (std::size_t line = 0; line < block.lines.size(); ++line) {
      double advance = line_advance(block, line);
      if (!at_top() && y_ + block.lines[line].height > bottom_) new_page();
      pages_.lines.push_back({&block, line, pages_.count - 1, y_});
      y_ += advance;
    }
  }

  double top_, bottom_, y_;
  Pages pages_;
};

} // namespace

Pages paginate(const std::vector<Unit>& units, double body_top, double body_bottom) {
  Paginator paginator(body_top, body_bottom);
  for (const Unit& unit : units) paginator.place(unit);
  return paginator.finish();
}

} // namespace cvport::pdf
