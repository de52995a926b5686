// A grant and a patent as the exporters' tests use them, so every format is tested on the same
// facts.
#ifndef CVPORT_TESTS_FUNDING_FIXTURES_HPP
#define CVPORT_TESTS_FUNDING_FIXTURES_HPP

#include "cvport/model.hpp"

namespace cvport::testing {

// A project grant with every field but `type` (a grant) and `id`.
inline Funding sample_grant() {
  Funding grant;
  grant.title = "Scalable solvers";
  grant.funder = {.name = "SNSF", .city = "Bern", .country = "CH", .fundref = "10.13039/501100001711"};
  grant.number = "200021_184960";
  grant.amount = "450000";
  grant.currency = "CHF";
  grant.start = {2020, 4};
  grant.end = {2024, 3};
  grant.role = "PI";
  grant.url = "https://data.snf.ch/grants/grant/184960";
  grant.summary = "Four years.";
  return grant;
}

// A granted patent of two inventors, the first the CV owner "Jane Doe".
inline Publication sample_patent() {
  Publication patent;
  patent.id = "p";
  patent.type = "patent";
  patent.title = "Method for preconditioning";
  patent.authors = {{"Jane Doe", true}, {"Richard Roe", false}};
  patent.number = "US 10,234,567 B2";
  patent.date = {2019, 3, 5};
  return patent;
}

} // namespace cvport::testing

#endif
