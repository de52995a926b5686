"""Conformance tests of the ORCID member API emulator, over HTTP with urllib.

Each test names the rule (R1..R18 in orcid_emulator.py's header) it checks. The emulator runs
once for the class; every test starts from a reset.
"""

import http.client
import re
import subprocess
import sys
import threading
import time
import unittest
import urllib.error
import urllib.request
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Emulator, EmulatorError  # noqa: E402

XSD_DIR = Path(__file__).resolve().parents[2] / "plugins" / "orcid" / "kit" / "xsd"
EXPORTED = Path(__file__).resolve().parents[2] / "plugins" / "orcid" / "golden" / "full"
NS = {"common": "http://www.orcid.org/ns/common", "work": "http://www.orcid.org/ns/work",
      "error": "http://www.orcid.org/ns/error", "bulk": "http://www.orcid.org/ns/bulk",
      "activities": "http://www.orcid.org/ns/activities", "record": "http://www.orcid.org/ns/record",
      "person": "http://www.orcid.org/ns/person", "keyword": "http://www.orcid.org/ns/keyword",
      "education": "http://www.orcid.org/ns/education", "address": "http://www.orcid.org/ns/address",
      "researcher-url": "http://www.orcid.org/ns/researcher-url"}

ORCID = "0000-0002-1825-0097"
OTHER_ORCID = "0000-0001-5109-3700"
CLIENT = "APP-CVPORTTEST000001"
OTHER_CLIENT = "APP-OTHERCLIENT00002"
TOKEN = "test-token-of-cvport"
OTHER_TOKEN = "test-token-of-another-client"
READ_TOKEN = "test-token-read-only"
FOREIGN_TOKEN = "test-token-for-another-record"
PUBLIC_TOKEN = "test-token-client-credentials"
ALL_SCOPES = ["/activities/update", "/person/update", "/read-limited"]
TOKENS = {
    TOKEN: {"client_id": CLIENT, "client_name": "cvport tests", "orcid": ORCID, "scopes": ALL_SCOPES},
    OTHER_TOKEN: {"client_id": OTHER_CLIENT, "orcid": ORCID, "scopes": ALL_SCOPES},
    READ_TOKEN: {"client_id": CLIENT, "orcid": ORCID, "scopes": ["/read-limited"]},
    FOREIGN_TOKEN: {"client_id": CLIENT, "orcid": OTHER_ORCID, "scopes": ALL_SCOPES},
    PUBLIC_TOKEN: {"client_id": CLIENT, "orcid": None, "scopes": ["/read-public"]},
}
XML = "application/vnd.orcid+xml"


def work(title, *ids, put_code=None):
    """A work body; ids are (type, value[, relationship])."""
    ext = "".join(
        "<common:external-id><common:external-id-type>%s</common:external-id-type>"
        "<common:external-id-value>%s</common:external-id-value>"
        "<common:external-id-relationship>%s</common:external-id-relationship></common:external-id>"
        % (i[0], i[1], i[2] if len(i) > 2 else "self") for i in ids)
    pc = ' put-code="%d"' % put_code if put_code is not None else ""
    return ('<work:work xmlns:work="%s" xmlns:common="%s"%s><work:title><common:title>%s</common:title>'
            '</work:title><work:type>journal-article</work:type><common:external-ids>%s</common:external-ids>'
            '</work:work>' % (NS["work"], NS["common"], pc, title, ext))


def education(role, source_id, put_code=None, kind="education"):
    """An affiliation body of `kind` (education, employment, service, ...)."""
    pc = ' put-code="%d"' % put_code if put_code is not None else ""
    body = ('<K:K xmlns:K="http://www.orcid.org/ns/K" xmlns:common="%s"%s>'
            '<common:role-title>%s</common:role-title>'
            '<common:organization><common:name>University of Oxford</common:name><common:address>'
            '<common:city>Oxford</common:city><common:country>GB</common:country></common:address>'
            '<common:disambiguated-organization><common:disambiguated-organization-identifier>'
            'https://ror.org/052gg0110</common:disambiguated-organization-identifier>'
            '<common:disambiguation-source>ROR</common:disambiguation-source></common:disambiguated-organization>'
            '</common:organization><common:external-ids><common:external-id>'
            '<common:external-id-type>source-work-id</common:external-id-type>'
            '<common:external-id-value>%s</common:external-id-value>'
            '<common:external-id-relationship>self</common:external-id-relationship>'
            '</common:external-id></common:external-ids></K:K>' % (NS["common"], pc, role, source_id))
    return body.replace("K:K", "%s:%s" % (kind, kind)).replace("xmlns:K=", "xmlns:%s=" % kind) \
        .replace("/ns/K", "/ns/" + kind)


def funding(title, grant):
    return ('<funding:funding xmlns:funding="http://www.orcid.org/ns/funding" xmlns:common="%s">'
            '<funding:type>grant</funding:type><funding:title><common:title>%s</common:title></funding:title>'
            '<common:external-ids><common:external-id><common:external-id-type>grant_number'
            '</common:external-id-type><common:external-id-value>%s</common:external-id-value>'
            '<common:external-id-relationship>self</common:external-id-relationship></common:external-id>'
            '</common:external-ids><common:organization><common:name>Swiss National Science Foundation'
            '</common:name><common:address><common:city>Bern</common:city><common:country>CH</common:country>'
            '</common:address></common:organization></funding:funding>' % (NS["common"], title, grant))


def other_name(text, put_code=None):
    pc = ' put-code="%d"' % put_code if put_code is not None else ""
    return ('<other-name:other-name xmlns:other-name="http://www.orcid.org/ns/other-name"%s>'
            '<other-name:content>%s</other-name:content></other-name:other-name>' % (pc, text))


def keyword(text, put_code=None):
    pc = ' put-code="%d"' % put_code if put_code is not None else ""
    return ('<keyword:keyword xmlns:keyword="%s"%s><keyword:content>%s</keyword:content></keyword:keyword>'
            % (NS["keyword"], pc, text))


def address(country):
    return ('<address:address xmlns:address="%s"><address:country>%s</address:country></address:address>'
            % (NS["address"], country))


def researcher_url(name, url, put_code=None):
    pc = ' put-code="%d"' % put_code if put_code is not None else ""
    ns = NS["researcher-url"]
    return ('<researcher-url:researcher-url xmlns:researcher-url="%s"%s><researcher-url:url-name>%s'
            '</researcher-url:url-name><researcher-url:url>%s</researcher-url:url></researcher-url:researcher-url>'
            % (ns, pc, name, url))


def bulk(*works):
    return '<bulk:bulk xmlns:bulk="%s">%s</bulk:bulk>' % (NS["bulk"], "".join(works))


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def xml(self):
        return etree.fromstring(self.body)

    def error_code(self):
        return int(self.xml().findtext("error:error-code", namespaces=NS))

    def developer_message(self):
        return self.xml().findtext("error:developer-message", namespaces=NS)


class EmulatorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emu = Emulator()
        cls.emu.start()

    @classmethod
    def tearDownClass(cls):
        cls.emu.stop()

    def setUp(self):
        self.emu.reset([ORCID, OTHER_ORCID], TOKENS)

    def call(self, method, path, body=None, token=TOKEN, content_type=XML, orcid=ORCID):
        headers = {"Accept": XML}
        if token is not None:
            headers["Authorization"] = "Bearer " + token
        if body is not None:
            headers["Content-Type"] = content_type
        url = "%s/v3.0/%s/%s" % (self.emu.base_url, orcid, path)
        req = urllib.request.Request(url, data=body.encode() if body is not None else None, method=method,
                                     headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return Response(r.status, r.headers, r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read())

    def create(self, path, body, token=TOKEN):
        r = self.call("POST", path, body, token=token)
        self.assertEqual(r.status, 201, r.body)
        return int(r.headers["Location"].rsplit("/", 1)[1])

    def assertError(self, r, status, code):
        self.assertEqual(r.status, status, r.body)
        self.assertEqual(r.error_code(), code, r.body)
        # R2: an error:error document valid against ORCID's error XSD
        schema = etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "error-3.0.xsd")))
        schema.assertValid(r.xml())

    # ---- R1 ---------------------------------------------------------------------------------
    def test_create_answers_201_with_location_of_the_new_item(self):
        r = self.call("POST", "work", work("A", ("doi", "10.1/a")))
        self.assertEqual(r.status, 201)
        self.assertEqual(r.body, b"")
        m = re.fullmatch(re.escape(self.emu.base_url) + r"/v3\.0/%s/work/(\d+)" % ORCID, r.headers["Location"])
        self.assertIsNotNone(m, r.headers["Location"])
        got = self.call("GET", "work/" + m.group(1))
        self.assertEqual(got.status, 200)
        self.assertEqual(got.xml().get("put-code"), m.group(1))
        self.assertEqual(got.xml().findtext("work:title/common:title", namespaces=NS), "A")
        r = self.call("POST", "keywords", keyword("linear algebra"))
        self.assertRegex(r.headers["Location"], r"/v3\.0/%s/keywords/\d+$" % ORCID)
        r = self.call("POST", "education", education("DPhil", "education:1"))
        self.assertRegex(r.headers["Location"], r"/v3\.0/%s/education/\d+$" % ORCID)

    # ---- R11, R12 -----------------------------------------------------------------------------
    def test_duplicate_work_is_409_9021_naming_the_existing_put_code(self):
        first = self.create("work", work("A", ("doi", "10.1/a")))
        r = self.call("POST", "work", work("A again", ("doi", "10.1/a")))
        self.assertError(r, 409, 9021)
        self.assertIn("please see element with put-code %d." % first, r.developer_message())

    def test_doi_is_compared_normalised(self):
        first = self.create("work", work("A", ("doi", "10.1145/ABC.123")))
        r = self.call("POST", "work", work("B", ("doi", "https://doi.org/10.1145/abc.123")))
        self.assertError(r, 409, 9021)
        self.assertIn("put-code %d." % first, r.developer_message())

    def test_uri_is_case_sensitive_but_scheme_normalised(self):
        self.create("work", work("A", ("uri", "example.org/Talks/1")))
        r = self.call("POST", "work", work("B", ("uri", "http://example.org/Talks/1")))
        self.assertError(r, 409, 9021)
        self.create("work", work("C", ("uri", "http://example.org/talks/1")))   # other case: another id

    def test_same_doi_from_another_source_is_not_a_duplicate(self):
        self.create("work", work("Theirs", ("doi", "10.1145/abc.123")), token=OTHER_TOKEN)
        self.create("work", work("Ours", ("doi", "10.1145/ABC.123")))

    def test_part_of_ids_are_not_duplicates(self):
        self.create("work", work("A", ("issn", "1234-5678", "part-of"), ("doi", "10.1/a")))
        self.create("work", work("B", ("issn", "1234-5678", "part-of"), ("doi", "10.1/b")))

    def test_affiliation_duplicate_only_within_its_type(self):
        first = self.create("education", education("DPhil", "key:1"))
        r = self.call("POST", "education", education("DPhil (again)", "key:1"))
        self.assertError(r, 409, 9021)
        self.assertIn("put-code %d." % first, r.developer_message())
        self.create("employment", education("Lecturer", "key:1", kind="employment"))
        self.create("education", education("DPhil", "KEY:1"), token=OTHER_TOKEN)

    def test_affiliation_ids_are_normalised_too(self):
        # source-work-id is not case sensitive: lower-cased before comparison (R12)
        self.create("service", education("Reviewer", "service:ABC", kind="service"))
        self.assertError(self.call("POST", "service", education("Reviewer", "service:abc", kind="service")),
                         409, 9021)

    def test_funding_ids_are_compared_without_normalisation(self):
        first = self.create("funding", funding("Grant", "ABC-1"))
        self.create("funding", funding("Same grant, other case", "abc-1"))
        r = self.call("POST", "funding", funding("Same grant", "ABC-1"))
        self.assertError(r, 409, 9021)
        self.assertIn("put-code %d." % first, r.developer_message())

    # ---- R13 ----------------------------------------------------------------------------------
    def test_bulk_answers_each_work_in_order_with_an_error_in_the_middle(self):
        existing = self.create("work", work("Old", ("doi", "10.1/old")))
        r = self.call("POST", "works", bulk(work("One", ("doi", "10.1/one")),
                                            work("Dup", ("doi", "https://doi.org/10.1/OLD")),
                                            work("Three", ("doi", "10.1/three")),
                                            work("Dup in bulk", ("doi", "10.1/ONE"))))
        self.assertEqual(r.status, 200, r.body)
        items = list(r.xml())
        self.assertEqual([etree.QName(i).localname for i in items], ["work", "error", "work", "error"])
        self.assertEqual(items[0].findtext("work:title/common:title", namespaces=NS), "One")
        self.assertEqual(items[1].findtext("error:error-code", namespaces=NS), "9021")
        self.assertIn("put-code %d." % existing, items[1].findtext("error:developer-message", namespaces=NS))
        self.assertEqual(items[2].findtext("work:title/common:title", namespaces=NS), "Three")
        self.assertIn("put-code %s." % items[0].get("put-code"),
                      items[3].findtext("error:developer-message", namespaces=NS))
        schema = etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "bulk-3.0.xsd")))
        schema.assertValid(r.xml())
        self.assertEqual(sorted(i["put_code"] for i in self.emu.items(ORCID)),
                         sorted([existing, int(items[0].get("put-code")), int(items[2].get("put-code"))]))

    def test_version_of_id_blocks_a_bulk_work_but_not_a_single_post(self):
        # createWork asks both relationships to be self (areRelationshipsSameAndSelf); createWorks
        # only that the new one is self and the existing one is not part-of/funded-by.
        old = self.create("work", work("Preprint", ("doi", "10.1/v", "version-of"), ("arxiv", "2101.00001")))
        r = self.call("POST", "works", bulk(work("Article", ("doi", "10.1/v"))))
        error = r.xml().find("error:error", NS)
        self.assertIsNotNone(error, r.body)
        self.assertIn("put-code %d." % old, error.findtext("error:developer-message", namespaces=NS))
        self.create("work", work("Article", ("doi", "10.1/v")))

    def test_concurrent_posts_of_one_doi_create_it_once(self):
        results = []

        def post(i):
            results.append(self.call("POST", "work", work("Same %d" % i, ("doi", "10.1/same"))).status)
        threads = [threading.Thread(target=post, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(sorted(results), [201] + [409] * 7)
        self.assertEqual(len(self.emu.items(ORCID)), 1)

    def test_bulk_of_more_than_100_works_is_refused(self):
        r = self.call("POST", "works", bulk(*[work("W%d" % i, ("doi", "10.1/%d" % i)) for i in range(101)]))
        self.assertError(r, 400, 9006)
        self.assertEqual(self.emu.items(ORCID), [])

    # ---- R9, R14, R16 -------------------------------------------------------------------------
    def test_put_updates_and_keeps_the_source(self):
        pc = self.create("work", work("Old title", ("doi", "10.1/a")))
        r = self.call("PUT", "work/%d" % pc, work("New title", ("doi", "10.1/a"), put_code=pc))
        self.assertEqual(r.status, 200, r.body)
        got = self.call("GET", "work/%d" % pc).xml()
        self.assertEqual(got.findtext("work:title/common:title", namespaces=NS), "New title")
        self.assertEqual(got.findtext("common:source/common:source-client-id/common:path", namespaces=NS), CLIENT)

    def test_put_code_mismatch_is_400_9019(self):
        pc = self.create("work", work("A", ("doi", "10.1/a")))
        r = self.call("PUT", "work/%d" % pc, work("A", ("doi", "10.1/a"), put_code=pc + 1))
        self.assertError(r, 400, 9019)
        self.assertIn("The put code in the URL was %d whereas the one in the body was %d." % (pc, pc + 1),
                      r.developer_message())
        r = self.call("PUT", "work/%d" % pc, work("A", ("doi", "10.1/a")))
        self.assertError(r, 400, 9019)
        self.assertIn("whereas the one in the body was null.", r.developer_message())

    def test_put_and_delete_of_another_sources_item_are_403_9010(self):
        theirs = self.create("work", work("Theirs", ("doi", "10.1/t")), token=OTHER_TOKEN)
        r = self.call("PUT", "work/%d" % theirs, work("Mine now", ("doi", "10.1/t"), put_code=theirs))
        self.assertError(r, 403, 9010)
        self.assertIn("You are not the source of the work", r.developer_message())
        r = self.call("DELETE", "work/%d" % theirs)
        self.assertError(r, 403, 9010)
        kw = self.create("keywords", keyword("theirs"), token=OTHER_TOKEN)
        self.assertError(self.call("DELETE", "keywords/%d" % kw), 403, 9010)
        self.assertEqual(len(self.emu.items(ORCID)), 2)

    def test_affiliation_put_checks_the_source_before_duplicates(self):
        self.create("education", education("DPhil", "key:1"))
        theirs = self.create("education", education("MSc", "key:2"), token=OTHER_TOKEN)
        r = self.call("PUT", "education/%d" % theirs, education("MSc", "key:1", put_code=theirs))
        self.assertError(r, 403, 9010)

    def test_work_put_checks_duplicates_before_the_source(self):
        mine = self.create("work", work("Mine", ("doi", "10.1/m")))
        theirs = self.create("work", work("Theirs", ("doi", "10.1/t")), token=OTHER_TOKEN)
        r = self.call("PUT", "work/%d" % theirs, work("Theirs", ("doi", "10.1/M"), put_code=theirs))
        self.assertError(r, 409, 9021)
        self.assertIn("put-code %d." % mine, r.developer_message())

    def test_unchanged_put_of_another_sources_work_is_403_9014(self):
        theirs = self.create("work", work("Theirs", ("doi", "10.1/t")), token=OTHER_TOKEN)
        r = self.call("PUT", "work/%d" % theirs, work("Theirs", ("doi", "10.1/t"), put_code=theirs))
        self.assertError(r, 403, 9014)

    def test_delete_then_unknown_put_code_is_404_9016(self):
        pc = self.create("work", work("A", ("doi", "10.1/a")))
        self.assertEqual(self.call("DELETE", "work/%d" % pc).status, 204)
        self.assertError(self.call("GET", "work/%d" % pc), 404, 9016)
        self.assertError(self.call("DELETE", "work/%d" % pc), 404, 9016)

    def test_put_may_not_create_a_duplicate_of_another_own_work(self):
        a = self.create("work", work("A", ("doi", "10.1/a")))
        b = self.create("work", work("B", ("doi", "10.1/b")))
        r = self.call("PUT", "work/%d" % b, work("B", ("doi", "10.1/A"), put_code=b))
        self.assertError(r, 409, 9021)
        self.assertIn("put-code %d." % a, r.developer_message())

    # ---- R7, R8 -------------------------------------------------------------------------------
    def test_post_with_put_code_is_400_9024(self):
        self.assertError(self.call("POST", "work", work("A", ("doi", "10.1/a"), put_code=5)), 400, 9024)
        self.assertError(self.call("POST", "keywords", keyword("x", put_code=5)), 400, 9024)

    def test_work_without_external_ids_is_400_9023(self):
        self.assertError(self.call("POST", "work", work("A")), 400, 9023)

    # ---- R15 ----------------------------------------------------------------------------------
    def test_person_item_duplicate_is_409_9030_without_put_code(self):
        self.create("keywords", keyword("numerical linear algebra"))
        r = self.call("POST", "keywords", keyword("numerical linear algebra"))
        self.assertError(r, 409, 9030)
        self.assertEqual(r.developer_message(),
                         "The element 'numerical linear algebra' of type 'keyword' is duplicated. ")
        self.create("keywords", keyword("numerical linear algebra"), token=OTHER_TOKEN)   # other source
        self.create("researcher-urls", researcher_url("Home", "https://example.org/"))
        r = self.call("POST", "researcher-urls", researcher_url("Again", "https://example.org/"))
        self.assertError(r, 409, 9030)
        self.assertIn("'https://example.org/' of type 'researcher-url'", r.developer_message())

    def test_address_duplicate_check_never_fires(self):
        self.create("address", address("CH"))
        self.create("address", address("CH"))
        self.assertEqual([i["type"] for i in self.emu.items(ORCID)], ["address", "address"])

    def test_person_put_keeps_its_own_value_but_not_anothers(self):
        pc = self.create("keywords", keyword("a"))
        r = self.call("PUT", "keywords/%d" % pc, keyword("a", put_code=pc))
        self.assertEqual(r.status, 200, r.body)
        self.create("other-names", other_name("J. Doe"))
        second = self.create("other-names", other_name("Jane Doe"))
        r = self.call("PUT", "other-names/%d" % second, other_name("J. Doe", put_code=second))
        self.assertError(r, 409, 9030)
        self.assertEqual(r.developer_message(), "The element 'J. Doe' of type 'otherName' is duplicated. ")
        first_url = self.create("researcher-urls", researcher_url("Home", "https://example.org/"))
        other_url = self.create("researcher-urls", researcher_url("Lab", "https://lab.example.org/"))
        r = self.call("PUT", "researcher-urls/%d" % other_url,
                      researcher_url("Lab page", "https://example.org/", put_code=other_url))
        self.assertError(r, 409, 9030)
        self.assertIn("'Lab page' of type 'researcher-url'", r.developer_message())   # the url-name on PUT
        self.assertNotEqual(first_url, other_url)

    # ---- R3, R4, R5 ---------------------------------------------------------------------------
    def test_unknown_token_is_401_and_not_echoed(self):
        r = self.call("GET", "record", token="no-such-token-4711")
        self.assertEqual(r.status, 401)
        self.assertIn(b'"invalid_token"', r.body)
        self.assertNotIn(b"no-such-token-4711", r.body)

    def test_missing_token_is_403(self):
        r = self.call("GET", "record", token=None)
        self.assertEqual(r.status, 403)
        self.assertIn(b'"forbidden"', r.body)

    def test_token_of_another_record_is_401_9017(self):
        r = self.call("POST", "work", work("A", ("doi", "10.1/a")), token=FOREIGN_TOKEN)
        self.assertError(r, 401, 9017)
        self.assertIn("Access token is for a different record", r.developer_message())

    def test_write_without_scope_is_403_9038_and_read_is_allowed(self):
        self.assertError(self.call("POST", "work", work("A", ("doi", "10.1/a")), token=READ_TOKEN), 403, 9038)
        self.assertEqual(self.call("GET", "record", token=READ_TOKEN).status, 200)
        self.emu.reset([ORCID], {TOKEN: dict(TOKENS[TOKEN], scopes=["/activities/update"])})
        self.assertError(self.call("POST", "keywords", keyword("x")), 403, 9038)
        self.assertEqual(self.call("GET", "works").status, 200)

    def test_client_credentials_token_reads_any_record_but_writes_none(self):
        self.assertEqual(self.call("GET", "record", token=PUBLIC_TOKEN, orcid=OTHER_ORCID).status, 200)
        self.assertError(self.call("POST", "work", work("A", ("doi", "10.1/a")), token=PUBLIC_TOKEN), 403, 9038)

    def test_reset_refuses_malformed_tokens_without_quoting_them(self):
        with self.assertRaises(EmulatorError) as caught:
            self.emu.reset([ORCID], {"secret-token-value": {"orcid": ORCID, "scopes": []}})
        self.assertIn("needs client_id", str(caught.exception))
        self.assertNotIn("secret-token-value", str(caught.exception))

    # ---- R19 ----------------------------------------------------------------------------------
    def test_bulk_read_gives_found_works_then_9034_per_unknown_put_code(self):
        a = self.create("work", work("A", ("doi", "10.1/a")))
        b = self.create("work", work("B", ("doi", "10.1/b")))
        kw = self.create("keywords", keyword("not a work"))
        r = self.call("GET", "works/%d,%d,%d,%d" % (b, 99999, a, kw))
        self.assertEqual(r.status, 200, r.body)
        items = list(r.xml())
        self.assertEqual([(etree.QName(i).localname, i.get("put-code")) for i in items],
                         [("work", str(b)), ("work", str(a)), ("error", None), ("error", None)])
        self.assertEqual(items[2].findtext("error:error-code", namespaces=NS), "9034")
        self.assertEqual(items[2].findtext("error:developer-message", namespaces=NS),
                         "400 Bad Request: The put code provided is not valid. Full validation error: "
                         "'99999' is not a valid put code")
        self.assertIn("'%d' is not a valid put code" % kw, items[3].findtext("error:developer-message",
                                                                            namespaces=NS))
        etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "bulk-3.0.xsd"))).assertValid(r.xml())

    def test_bulk_read_limits(self):
        self.assertError(self.call("GET", "works/" + ",".join(str(i) for i in range(101))), 400, 9042)
        r = self.call("GET", "works/1,x")
        self.assertError(r, 400, 9006)
        self.assertIn('For input string: "x"', r.developer_message())
        self.assertError(self.call("GET", "work/x"), 400, 9034)

    # ---- R6 -----------------------------------------------------------------------------------
    def test_invalid_body_is_400_9001(self):
        r = self.call("POST", "work", work("A", ("doi", "10.1/a")).replace("<work:type>", "<work:kind>")
                      .replace("</work:type>", "</work:kind>"))
        self.assertError(r, 400, 9001)
        self.assertIn("Full validation error:", r.developer_message())
        self.assertError(self.call("POST", "work", "<work:work"), 400, 9001)
        r = self.call("POST", "work", '{"title": "A"}', content_type="application/json")
        self.assertError(r, 415, 9001)
        self.assertEqual(self.emu.items(ORCID), [])

    def test_body_is_refused_before_the_token_owner_and_scope_are_checked(self):
        bad = work("A", ("doi", "10.1/a")).replace("journal-article</work:type>", "journal-article</work:tipe>") \
            .replace("<work:type>", "<work:tipe>")
        self.assertError(self.call("POST", "work", bad, token=READ_TOKEN), 400, 9001)
        self.assertError(self.call("POST", "work", bad, token=FOREIGN_TOKEN), 400, 9001)

    def test_bodies_the_orcid_plugin_exports_are_accepted(self):
        # cvport's own export (the ORCID plugin's golden bundle): every file is a valid request body;
        # the only refusals allowed are the duplicate rules.
        posted = 0
        for path in sorted(EXPORTED.glob("*/*.xml")):
            name = path.stem.rsplit("-", 1)[0]
            target = {"bulk": "works", "researcher-url": "researcher-urls", "other-name": "other-names",
                      "keyword": "keywords"}.get(name, name)
            r = self.call("POST", target, path.read_text())
            posted += 1
            with self.subTest(file=path.name):
                if target == "works":
                    self.assertEqual(r.status, 200, r.body)
                    codes = [e.findtext("error:error-code", namespaces=NS) for e in r.xml().findall("error:error", NS)]
                    self.assertLessEqual(set(codes), {"9021"}, r.body)
                elif r.status != 201:
                    self.assertIn((r.status, r.error_code()), {(409, 9021), (409, 9030)}, r.body)
        self.assertGreater(posted, 10)
        # the record holding one item of every kind is still valid 3.0
        self.create("funding", funding("Grant", "G-1"))
        record = self.call("GET", "record").xml()
        etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "record-3.0.xsd"))).assertValid(record)
        kinds = {etree.QName(e).localname for e in record.iter() if isinstance(e.tag, str) and e.get("put-code")}
        self.assertEqual(kinds, {"work-summary", "funding-summary", "education-summary", "employment-summary",
                                 "distinction-summary", "invited-position-summary", "qualification-summary",
                                 "service-summary", "address", "keyword", "other-name", "researcher-url"})

    def test_orcid_xml_media_type_is_accepted(self):
        r = self.call("POST", "work", work("A", ("doi", "10.1/a")), content_type="application/orcid+xml")
        self.assertEqual(r.status, 201, r.body)

    # ---- R17 and the record -------------------------------------------------------------------
    def test_record_holds_what_was_created_and_validates(self):
        a = self.create("work", work("Paper", ("doi", "10.1/A")))
        theirs = self.create("work", work("Paper (publisher)", ("doi", "https://doi.org/10.1/a")),
                             token=OTHER_TOKEN)
        c = self.create("work", work("Talk", ("uri", "https://example.org/talk")))
        kw = self.create("keywords", keyword("solvers"))
        ed = self.create("education", education("DPhil", "education:1"))
        r = self.call("GET", "record")
        self.assertEqual(r.status, 200)
        doc = r.xml()
        schema = etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "record-3.0.xsd")))
        schema.assertValid(doc)
        groups = doc.findall("activities:activities-summary/activities:works/activities:group", NS)
        self.assertEqual(len(groups), 2)
        summaries = [[(int(s.get("put-code")),
                       s.findtext("common:source/common:source-client-id/common:path", namespaces=NS))
                      for s in g.findall("work:work-summary", NS)] for g in groups]
        self.assertEqual(summaries, [[(a, CLIENT), (theirs, OTHER_CLIENT)], [(c, CLIENT)]])
        first = groups[0].find("work:work-summary", NS)
        self.assertEqual(first.findtext("common:external-ids/common:external-id/common:external-id-value",
                                        namespaces=NS), "10.1/A")
        self.assertEqual(first.findtext("work:type", namespaces=NS), "journal-article")
        self.assertIsNotNone(first.find("common:last-modified-date", NS))
        kws = doc.findall("person:person/keyword:keywords/keyword:keyword", NS)
        self.assertEqual([(int(k.get("put-code")), k.findtext("keyword:content", namespaces=NS)) for k in kws],
                         [(kw, "solvers")])
        eds = doc.findall("activities:activities-summary/activities:educations/activities:affiliation-group/"
                          "education:education-summary", NS)
        self.assertEqual([int(e.get("put-code")) for e in eds], [ed])

    def test_unknown_record_is_404_9016(self):
        self.emu.reset([ORCID], TOKENS)
        self.assertError(self.call("GET", "record", orcid=OTHER_ORCID, token=FOREIGN_TOKEN), 404, 9016)

    def test_section_endpoints_answer_valid_summaries(self):
        self.create("work", work("A", ("doi", "10.1/a")))
        self.create("funding", funding("Grant", "G-1"))
        self.create("education", education("DPhil", "e:1"))
        self.create("keywords", keyword("k"))
        activities = etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "activities-3.0.xsd")))
        for path, count in (("works", 1), ("fundings", 1), ("educations", 1), ("employments", 0)):
            r = self.call("GET", path)
            self.assertEqual(r.status, 200, path)
            activities.assertValid(r.xml())
            self.assertEqual(len(r.xml().xpath("*/*[contains(local-name(), '-summary')]")), count, path)
        r = self.call("GET", "keywords")
        self.assertEqual(r.xml().findtext("keyword:keyword/keyword:content", namespaces=NS), "k")
        etree.XMLSchema(etree.parse(str(XSD_DIR / "record_3.0" / "keyword-3.0.xsd"))).assertValid(r.xml())

    def test_large_body_with_expect_100_continue(self):
        # libcurl sends "Expect: 100-continue" for bodies over 1 KiB; the server must go along.
        body = bulk(*[work("W%d" % i, ("doi", "10.1/%d" % i)) for i in range(60)])
        out = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", "-X", "POST",
                              "-H", "Authorization: Bearer " + TOKEN, "-H", "Content-Type: " + XML,
                              "-H", "Expect: 100-continue", "--data-binary", "@-",
                              "%s/v3.0/%s/works" % (self.emu.base_url, ORCID)],
                             input=body.encode(), capture_output=True, timeout=30)
        self.assertEqual(out.returncode, 0, out.stderr)
        answer, status = out.stdout.rsplit(b"\n", 1)
        self.assertEqual(status, b"200")
        self.assertEqual(len(etree.fromstring(answer).findall("work:work", NS)), 60)

    def test_record_of_another_token_owner_is_refused(self):
        self.assertError(self.call("GET", "record", orcid=OTHER_ORCID), 401, 9017)

    # ---- R18 ----------------------------------------------------------------------------------
    def test_over_the_rate_is_429(self):
        with Emulator(rate_per_second=0.001, burst=3, retry_after=7) as emu:
            emu.reset([ORCID], TOKENS)
            statuses, retry = [], None
            for _ in range(5):
                req = urllib.request.Request("%s/v3.0/%s/record" % (emu.base_url, ORCID),
                                             headers={"Authorization": "Bearer " + TOKEN})
                try:
                    with urllib.request.urlopen(req, timeout=10) as r:
                        statuses.append(r.status)
                except urllib.error.HTTPError as e:
                    statuses.append(e.code)
                    retry = e.headers.get("Retry-After")
            self.assertEqual(statuses, [200, 200, 200, 429, 429])
            self.assertEqual(retry, "7")
            self.assertEqual([r["status"] for r in emu.requests()], statuses)

    def test_default_rate_is_orcids_member_limit(self):
        # Burst 40, then 24 a second: the successes before the first 429 are at least the burst
        # and at most the burst plus what 24/s refilled meanwhile.
        start, passed, limited = time.monotonic(), 0, False
        for _ in range(300):
            status = self.call("GET", "works").status
            if status == 429:
                limited = True
                break
            self.assertEqual(status, 200)
            passed += 1
        elapsed = time.monotonic() - start
        if not limited and 300 / elapsed <= 24:
            self.skipTest("this machine sent fewer than 24 requests a second")
        self.assertTrue(limited, "300 requests in %.2f s without a 429" % elapsed)
        self.assertGreaterEqual(passed, 40)
        self.assertLessEqual(passed, 40 + 24 * elapsed + 1)

    # ---- faults and the control API -----------------------------------------------------------
    def test_drop_fault_closes_without_answer_then_recovers(self):
        self.emu.faults(after_requests=1, mode="drop", count=1)
        self.assertEqual(self.call("GET", "works").status, 200)
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
            self.call("POST", "work", work("A", ("doi", "10.1/a")))
        self.assertEqual(self.emu.items(ORCID), [])   # dropped before it was applied
        self.assertEqual(self.call("POST", "work", work("A", ("doi", "10.1/a"))).status, 201)

    def test_drop_after_fault_applies_the_request_but_loses_the_answer(self):
        self.emu.faults(after_requests=0, mode="drop_after", count=1)
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
            self.call("POST", "work", work("A", ("doi", "10.1/a")))
        self.assertEqual(len(self.emu.items(ORCID)), 1)
        self.assertError(self.call("POST", "work", work("A", ("doi", "10.1/a"))), 409, 9021)

    def test_500_and_429_faults(self):
        self.emu.faults(after_requests=0, mode="500", count=2)
        self.assertEqual(self.call("GET", "works").status, 500)
        self.assertEqual(self.call("GET", "works").status, 500)
        self.assertEqual(self.call("GET", "works").status, 200)
        self.emu.faults(after_requests=0, mode="429", count=1)
        self.assertEqual(self.call("GET", "works").status, 429)

    def test_requests_log_has_status_and_code_but_no_token(self):
        self.create("work", work("A", ("doi", "10.1/a")))
        self.call("POST", "work", work("A", ("doi", "10.1/a")))
        log = self.emu.requests()
        self.assertEqual(log, [
            {"method": "POST", "path": "/v3.0/%s/work" % ORCID, "status": 201, "error_code": None},
            {"method": "POST", "path": "/v3.0/%s/work" % ORCID, "status": 409, "error_code": 9021}])
        self.assertNotIn(TOKEN, repr(log))

    def test_seeded_item_of_another_source_and_items_listing(self):
        pc = self.emu.seed(ORCID, OTHER_CLIENT, "work", work("Seeded", ("doi", "10.1/s")))
        self.create("work", work("Ours", ("doi", "10.1/S")))   # another source: no duplicate
        items = self.emu.items(ORCID)
        self.assertEqual([(i["type"], i["client_id"]) for i in items], [("work", OTHER_CLIENT), ("work", CLIENT)])
        self.assertEqual(items[0]["put_code"], pc)
        self.assertIn("Seeded", items[0]["xml"])
        self.assertError(self.call("DELETE", "work/%d" % pc), 403, 9010)

    def test_access_log_never_holds_the_token(self):
        with Emulator(log=True) as emu:
            emu.reset([ORCID], TOKENS)
            req = urllib.request.Request("%s/v3.0/%s/works" % (emu.base_url, ORCID),
                                         headers={"Authorization": "Bearer " + TOKEN})
            urllib.request.urlopen(req, timeout=10).read()
        self.assertIn("/v3.0/%s/works" % ORCID, emu.log())
        self.assertNotIn(TOKEN, emu.log())

    def test_harness_reports_a_failed_start_clearly(self):
        with self.assertRaises(EmulatorError) as caught:
            Emulator(burst="not-a-number").start()
        self.assertIn("exited with status 2 before listening", str(caught.exception))
        self.assertIn("--burst", str(caught.exception))

    def test_emulator_stops_on_sigterm_and_with_its_parent(self):
        emu = Emulator()
        emu.start()
        process = emu.process
        emu.stop()
        self.assertEqual(process.returncode, 0)
        # a parent that dies without stopping it: the emulator goes too (--exit-with-parent)
        script = ("import sys; sys.path.insert(0, %r); from harness import Emulator; e = Emulator(); e.start(); "
                  "print(e.process.pid, flush=True); import os; os._exit(0)" % str(Path(__file__).parent))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30, text=True)
        pid = int(out.stdout.split()[0])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and Path("/proc/%d" % pid).exists() and \
                "zombie" not in Path("/proc/%d/status" % pid).read_text().lower():
            time.sleep(0.1)
        self.assertFalse(Path("/proc/%d" % pid).exists() and
                         "zombie" not in Path("/proc/%d/status" % pid).read_text().lower(),
                         "the emulator outlived its parent")

    def test_reset_forgets_items_and_requests(self):
        self.create("work", work("A", ("doi", "10.1/a")))
        self.emu.reset([ORCID], TOKENS)
        self.assertEqual(self.emu.items(ORCID), [])
        self.assertEqual(self.emu.requests(), [])


if __name__ == "__main__":
    unittest.main()
