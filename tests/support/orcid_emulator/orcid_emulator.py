#!/usr/bin/python3
"""Loopback emulator of the ORCID member API 3.0 (XML), for cvport's tests.

Tests must never reach ORCID. This server listens on 127.0.0.1 only and behaves, rule by rule,
as ORCID's own server code does. Every rule below names the ORCID-Source file it comes from
(github.com/ORCID/ORCID-Source, read at commit cac0eca25911ca216ad4c0b07097d9180316604c,
2026-08-21; paths shortened: `core/` = orcid-core/src/main/java/org/orcid/core/,
`api-web/` = orcid-api-web/src/main/java/org/orcid/api/, `api-common/` =
orcid-api-common/src/main/java/org/orcid/api/common/). The code cites the rule number again
where it implements it ("# R5").

Emulated rules
--------------
R1  Create answers 201, no body, `Location: {base}/v3.0/{orcid}/{target}/{put-code}`; the
    target is `work`, `funding`, `education`, ..., `researcher-urls`, `other-names`,
    `keywords`, `address`.
    api-web/memberV3/server/delegator/impl/MemberV3ApiServiceDelegatorImpl.java (createWork,
    createKeyword, ...: apiUtils.buildApiResponse(orcid, "<target>", putCode));
    api-common/util/ApiUtils.java (buildApiResponse: Response.created(base/v3.0/orcid/target/pc)).
R2  Errors are `error:error` documents (response-code, developer-message, user-message,
    error-code, more-info); HTTP status and code per exception class; the developer message is
    the `apiError.<code>.developerMessage` text with ${params} substituted, plus
    " Full validation error: <exception message>" when the exception carries a message.
    core/exception/OrcidCoreExceptionMapper.java (HTTP_STATUS_AND_ERROR_CODE_BY_THROWABLE_TYPE,
    getOrcidErrorV3, getDeveloperMessage); orcid-core/src/main/resources/i18n/api_en.properties.
R3  No bearer token: 403 JSON {"error": "forbidden", ...}; unknown (inactive) token: 401 JSON
    {"error": "invalid_token", "error_description": "Invalid access token"}.
    api-common/security/oauth/OrcidBearerTokenFilter.java (RevokedTokenException "Invalid access
    token"), APIAuthenticationEntryPoint.java (status and payload),
    orcid-api-web/src/main/resources/orcid-api-security-context.xml (anonymous disabled, so a
    request without token has no Authentication: FORBIDDEN_MSG branch).
    DEVIATION: ORCID appends ": <token>" to error_description
    (OAuthErrorResponseHelper.appendTokenIfPresent); the emulator never echoes a token.
R4  A token issued for another ORCID iD: 401, code 9017, "Access token is for a different record".
    core/manager/v3/impl/OrcidSecurityManagerImpl.java (isMyToken -> OrcidUnauthorizedException).
R5  Missing scope: 403, code 9038. Writes to activities need /activities/update, to person items
    /person/update; reads need /read-limited, /read-public or an update scope (every emulated
    item is public, and each update scope includes READ_PUBLIC: orcid-model
    org/orcid/jaxb/model/message/ScopePathType.java). A token without an ORCID iD
    (client credentials, "orcid": null) reads any record (isMyToken lets it through).
    OrcidSecurityManagerImpl.java (checkScopes -> OrcidAccessControlException);
    MemberV3ApiServiceDelegatorImpl.java (ScopePathType required per endpoint).
R6  A request body that does not validate against the 3.0 XSD of its element: 400, code 9001
    ("Full validation error: ..."). Body of another media type than XML: 415, code 9001. The
    body is read (and refused) before the record, token owner and scope are checked, as JAX-RS
    unmarshals the entity before the resource method (the delegator) runs.
    api-common/jaxb/OrcidValidationJaxbContextResolver.java (schema-validating Unmarshaller,
    WebApplicationException 400); api-common/jaxb/OrcidExceptionMapper.java
    (getOrcidErrorResponse(WebApplicationException) -> 9001 with the exception's status).
R7  POST with a put-code in the body: 400, code 9024.
    core/manager/v3/validator/ActivityValidator.java (validateWork/validateFunding/
    validateAffiliation: InvalidPutCodeException.forSource when createFlag);
    core/manager/v3/validator/PersonValidator.java (same for researcher URLs, other names, ...).
R8  A work without title: 400, 9022; an activity without external identifiers: 400, 9023.
    ActivityValidator.java (validateWork: ActivityTitleValidationException,
    ActivityIdentifierValidationException; validateFunding: 9023 too).
R9  PUT whose body put-code differs from the URL's, or is missing: 400, code 9019,
    "The put code in the URL was {url} whereas the one in the body was {body|null}".
    MemberV3ApiServiceDelegatorImpl.java (updateWork, updateKeyword, ...:
    MismatchedPutCodeException(addParmsMismatchedPutCode)).
R10 Unknown put-code or record: 404, code 9016. core DAOs' getSingleResult -> NoResultException;
    OrcidSecurityManagerImpl.checkProfile -> OrcidNoResultException; both NOT_FOUND 9016 in
    OrcidCoreExceptionMapper.
R11 Duplicate activity (single POST/PUT of a work, funding or affiliation): compared with every
    item on the record, a duplicate when an external id pair has both relationships `self` (or
    both absent), equal type, equal normalised value (raw value for funding, which is not
    normalised), and the existing item has the same source: 409, code 9021, the existing
    put-code in the developer message. Affiliations only against affiliations of the same type;
    a PUT skips the item itself.
    ActivityValidator.java (checkExternalIdentifiersForDuplicates, areRelationshipsSameAndSelf,
    normalizeExtId = not Funding); core/manager/v3/impl/WorkManagerImpl.java (createWork,
    updateWork); ProfileFundingManagerImpl.java (createFunding, updateFunding);
    AffiliationsManagerImpl.java (checkAffiliationExternalIDsForDuplicates);
    orcid-model ExternalID.java (equals: type, then normalised value if non-empty, else value).
R12 Normalisation of identifiers: first lower-case unless the type is case sensitive (uri, ark,
    bibcode, cgn, emdb, empiar, ethos, k10plus, ol, rrid), then DOI: the first match of
    `10(\\.[0-9a-zA-Z]+)+/\\S+` (after XML-unescaping), "" when none; URI: `http://` prefixed
    when the value has no http(s)/ftp(s) scheme. Unknown types are not normalised.
    core/utils/v3/identifiers/PIDNormalizationService.java (normalise: chain in Ordered order),
    normalizers/CaseSensitiveNormalizer.java (HIGHEST_PRECEDENCE), DOINormalizer.java,
    URINormalizer.java; case sensitivity: orcid-persistence/src/main/resources/db/updates/
    identifier-types/*.xml and uri_id_type_case_sensitive.xml (identifier_type.case_sensitive).
R13 Bulk `POST /works` (at most 100 works, else 400 9006): answers 200 with `bulk:bulk`, per
    work in order either the created `work:work` (with put-code) or an `error:error`; a work is
    a duplicate when one of its `self` ids equals an id (not part-of, not funded-by) of a work of
    the same source already on the record or earlier in the same bulk; 9021 names that put-code.
    WorkManagerImpl.java (createWorks, buildExistingExternalIdsSet, addExternalIdsToExistingSet;
    maxWorksToWrite = org.orcid.core.works.bulk.write.max, default 100);
    MemberV3ApiServiceDelegatorImpl.java (createWorks: Response.ok(bulk)).
R14 PUT/DELETE of an item of another source: 403, code 9010, "You are not the source of the
    work" (the activity word is hard-coded "work" for every type). Order as in ORCID: works,
    funding and person items run validation and the duplicate check first, affiliations check the
    source first. A work PUT without any change from another source: 403, code 9014.
    OrcidSecurityManagerImpl.java (checkSourceAndThrow: WrongSourceException activity=work);
    WorkManagerImpl.java (updateWork: unchanged -> OrcidForbiddenException; checkSourceAndRemoveWork);
    AffiliationsManagerImpl.java (updateAffiliation); ProfileFundingManagerImpl.java.
R15 Person items (researcher URL, other name, keyword): a POST/PUT whose value equals one of an
    item of the same source (other than itself) is 409, code 9030, "The element '{value}' of type
    '{type}' is duplicated." (researcher URL: exact URL; on PUT the value shown is the url-name;
    the type on an other-name PUT is "otherName"). Addresses: the check never fires, because
    it compares the stored String with the Iso3166Country enum; a second address with the same
    country is created. core/manager/v3/impl/ResearcherUrlManagerImpl.java,
    OtherNameManagerImpl.java, ProfileKeywordManagerImpl.java, AddressManagerImpl.java
    (isDuplicated; AddressManagerImpl has "TODO: Not sure this works! String vs Iso3166Country").
R16 The source of an item is the client of the token that created it; a PUT keeps the original
    source. WorkManagerImpl.java (createWork: populateSourceAwareEntityFromSource; updateWork:
    "Be sure it doesn't overwrite the source").
R17 `GET /record` groups works (and fundings, affiliations) whose groupable external ids
    (value non-empty, relationship not part-of/funded-by) are equal, merging groups an item
    links. core/utils/v3/activities/ActivitiesGroupGenerator.java, ActivitiesGroup.java;
    orcid-model ExternalID.isGroupAble.
R18 Rate limit: member API 24 requests a second, burst 40 (ORCID FAQ "What are the API limits?",
    https://info.orcid.org/ufaqs/what-are-the-api-limits; enforced by ORCID's infrastructure,
    not in ORCID-Source). ORCID documents a 503 answer when the burst is exceeded and no
    Retry-After header; the emulator answers 429 (the status the sync is specified against),
    `--rate-limit-status 503` gives ORCID's documented status, `--retry-after N` adds a header.
R19 `GET /works/{put-code,put-code,...}` (at most 100, else 400 9042): `bulk:bulk` with the
    full works found, then one `error:error` 9034 "'N' is not a valid put code" per put-code not
    on the record; a put-code that is not a number: 400 9006 (NumberFormatException). A
    non-numeric put-code in any other URL: 400 9034.
    core/manager/v3/read_only/impl/WorkManagerReadOnlyImpl.java (findWorkBulk, getPutCodeArray);
    MemberV3ApiServiceDelegatorImpl.java (viewBulkWorks); core/api/OrcidApiConstants.java
    (BULK_WORKS, delimiter ","); api-web/member/MemberApiServiceImplHelper.java (getPutCode ->
    PutCodeFormatException).

Simplified (said plainly)
-------------------------
- XML only (no JSON bodies or answers, whatever the Accept header); records are all claimed,
  every item's visibility is "public" and a visibility sent in a body is ignored (ORCID answers
  9035 when a PUT changes it: ActivityValidator.validateVisibilityDoesntChange).
- Validation is the XSD plus R7/R8; ORCID's other ActivityValidator checks (vocabularies of
  types, dates, organisations, DOI resolvability, external-id types) are not run.
- The bulk body is validated against bulk-3.0.xsd as a whole (ORCID unmarshals it without schema
  and validates per work); a malformed or invalid bulk is 400 9001.
- Groups: only external ids (ORCID also keeps user-made work groups, ignored here); groups are
  ordered by their first put-code, not by ORCID's sort.
- The works of a bulk read come in the order asked for (ORCID: the database's order).
- "Unchanged" for a work PUT (R14) compares the XML without put-code, dates, source and
  visibility, not ORCID's WorkForm.compare.
- Limits of 10,000 activities per record (9048) are not emulated. Peer reviews, research
  resources, emails, biography, name, external identifiers of the person are not emulated.
- The rate limit rejects at once instead of queueing up to the burst as ORCID's front does.
"""

import argparse
import json
import os
import re
import signal
import socket
import sys
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import unescape as xml_unescape

from lxml import etree

DEFAULT_XSD_DIR = Path(__file__).resolve().parents[2] / "plugins" / "orcid" / "kit" / "xsd"

NS = {
    "common": "http://www.orcid.org/ns/common",
    "work": "http://www.orcid.org/ns/work",
    "funding": "http://www.orcid.org/ns/funding",
    "education": "http://www.orcid.org/ns/education",
    "employment": "http://www.orcid.org/ns/employment",
    "distinction": "http://www.orcid.org/ns/distinction",
    "invited-position": "http://www.orcid.org/ns/invited-position",
    "membership": "http://www.orcid.org/ns/membership",
    "qualification": "http://www.orcid.org/ns/qualification",
    "service": "http://www.orcid.org/ns/service",
    "keyword": "http://www.orcid.org/ns/keyword",
    "address": "http://www.orcid.org/ns/address",
    "researcher-url": "http://www.orcid.org/ns/researcher-url",
    "other-name": "http://www.orcid.org/ns/other-name",
    "bulk": "http://www.orcid.org/ns/bulk",
    "error": "http://www.orcid.org/ns/error",
    "record": "http://www.orcid.org/ns/record",
    "person": "http://www.orcid.org/ns/person",
    "activities": "http://www.orcid.org/ns/activities",
    "email": "http://www.orcid.org/ns/email",
}
C = "{%s}" % NS["common"]

SCOPE_ACTIVITIES = "/activities/update"
SCOPE_PERSON = "/person/update"
SCOPE_READ = "/read-limited"
SCOPE_READ_PUBLIC = "/read-public"

XML_TYPES = ("application/vnd.orcid+xml", "application/orcid+xml", "application/xml", "text/xml")


class Kind:
    """One item type of the API: its element, URL words, scope and how it is compared."""

    def __init__(self, name, *, url, plural=None, scope, family, location=None, summary=()):
        self.name = name                    # element local name and namespace prefix
        self.url = url                      # /v3.0/{orcid}/{url} (POST), /{url}/{put-code}
        self.plural = plural                # GET /v3.0/{orcid}/{plural} (summaries)
        self.scope = scope
        self.family = family                # "work", "funding", "affiliation", "person"
        self.location = location or url     # R1: the target word of the Location header
        self.summary = summary              # child local names of the summary, in XSD order

    @property
    def tag(self):
        return "{%s}%s" % (NS[self.name], self.name)

    def xsd(self, xsd_dir):
        return xsd_dir / "record_3.0" / ("%s-3.0.xsd" % self.name)


AFFILIATION_SUMMARY = ("department-name", "role-title", "start-date", "end-date", "organization",
                       "url", "external-ids")
AFFILIATIONS = ("distinction", "education", "employment", "invited-position", "membership",
                "qualification", "service")
KINDS = {
    "work": Kind("work", url="work", plural="works", scope=SCOPE_ACTIVITIES, family="work",
                 summary=("title", "external-ids", "url", "type", "publication-date", "journal-title")),
    "funding": Kind("funding", url="funding", plural="fundings", scope=SCOPE_ACTIVITIES, family="funding",
                    summary=("title", "external-ids", "url", "type", "start-date", "end-date", "organization")),
    "researcher-url": Kind("researcher-url", url="researcher-urls", plural="researcher-urls",
                           scope=SCOPE_PERSON, family="person"),
    "other-name": Kind("other-name", url="other-names", plural="other-names", scope=SCOPE_PERSON, family="person"),
    "keyword": Kind("keyword", url="keywords", plural="keywords", scope=SCOPE_PERSON, family="person"),
    "address": Kind("address", url="address", plural="address", scope=SCOPE_PERSON, family="person"),
}
for _a in AFFILIATIONS:
    KINDS[_a] = Kind(_a, url=_a, plural=_a + "s", scope=SCOPE_ACTIVITIES, family="affiliation",
                     summary=AFFILIATION_SUMMARY)
KIND_BY_URL = {k.url: k for k in KINDS.values()}
KIND_BY_PLURAL = {k.plural: k for k in KINDS.values() if k.plural != k.url}

# R2: api_en.properties, the codes the emulator answers with (English texts, verbatim).
MORE_INFO = "https://members.orcid.org/api/resources/troubleshooting"
CONTACT = ("There was an error when updating the record. Please try again. If the error persists, "
           "please contact ${clientName} for assistance.")
MESSAGES = {
    9001: ("400 Bad Request: There is an issue with your data or the API endpoint. 405 Method Not Allowed: "
           "Endpoint and method mismatch. 415 Unsupported Media Type: data must be in XML or JSON format.",
           "ORCID could not process the data, because they were invalid."),
    9006: ("The client application sent a bad request to ORCID.",
           "The client application sent a bad request to ORCID."),
    9008: ("", "Something went wrong in ORCID."),
    9010: ("403 Forbidden: You are not the source of the ${activity}, so you are not allowed to update it.",
           "The client application is not the source of the resource it is trying to access."),
    9014: ("The client application is forbidden to perform the action.",
           "The client application is forbidden to perform the action."),
    9016: ("404 Not Found: The resource was not found.", "The resource was not found."),
    9017: ("401 Unauthorized: The client application is not authorized for this ORCID record.",
           "The client application is not authorized."),
    9019: ("400 Bad Request: The put code in the URL was ${urlPutCode} whereas the one in the body was "
           "${bodyPutCode}.", CONTACT),
    9021: ("409 Conflict: You have already added this activity (matched by external identifiers), please see "
           "element with put-code ${putCode}. If you are trying to edit the item, please use PUT instead of POST.",
           CONTACT),
    9022: ("400 Bad Request: Invalid activity, a title is required.", "Invalid activity:  A title is required."),
    9023: ("400 Bad Request: Invalid activity, an external identifier is required.",
           "Invalid activity: an external identifier is required."),
    9024: ("400 Bad Request: Put-code is included when not expected. When posting new activities, the put code "
           "should be omitted.", CONTACT),
    9030: ("The element '${value}' of type '${type}' is duplicated. ",
           "The element '${value}' of type '${type}' is duplicated. "),
    9034: ("400 Bad Request: The put code provided is not valid.", CONTACT),
    9042: ("", "Too many put codes supplied"),
    9038: ("409 Conflict: The item has a limited or private visibility and your request doesn't have the "
           "required scope.", "You don't have the permissions to execute this action."),
}
STATUS_OF_CODE = {9001: 400, 9006: 400, 9008: 500, 9010: 403, 9014: 403, 9016: 404, 9017: 401, 9019: 400,
                  9021: 409, 9022: 400, 9023: 400, 9024: 400, 9030: 409, 9034: 400, 9038: 403, 9042: 400}
VALIDATION_PREFIX = "Full validation error:"   # apiError.validation.message

# R12: identifier types whose identifier_type.case_sensitive is true (all others default false).
CASE_SENSITIVE_TYPES = {"uri", "ark", "bibcode", "cgn", "emdb", "empiar", "ethos", "k10plus", "ol", "rrid"}
DOI_PATTERN = re.compile(r"(10(\.[0-9a-zA-Z]+)+/(?:(?![\"&'])\S)+)")
URI_SCHEME = re.compile(r"^(?:(ht|f)tp(s?)://)?")
BULK_WRITE_MAX = 100   # R13: org.orcid.core.works.bulk.write.max default
BULK_READ_MAX = 100    # R19: org.orcid.core.works.bulk.read.max default


class ApiError(Exception):
    """An ORCID error answer (R2): code, params for ${...} and the exception's own message."""

    def __init__(self, code, params=None, message=None, status=None, java_class="java.lang.RuntimeException"):
        super().__init__(code)
        self.java_class = java_class
        self.code = code
        self.params = params or {}
        self.message = message
        self.status = status or STATUS_OF_CODE[code]

    def element(self):
        dev, user = MESSAGES[self.code]
        if not dev:   # no developerMessage in api_en.properties: the exception's class name
            dev = self.java_class
        if self.message is not None:
            dev = "%s %s %s" % (dev, VALIDATION_PREFIX, self.message)
        dev, user = substitute(dev, self.params), substitute(user, self.params)
        root = etree.Element("{%s}error" % NS["error"], nsmap={"error": NS["error"]})
        for name, value in (("response-code", self.status), ("developer-message", dev),
                            ("user-message", user), ("error-code", self.code), ("more-info", MORE_INFO)):
            etree.SubElement(root, "{%s}%s" % (NS["error"], name)).text = str(value)
        return root


def substitute(text, params):
    """StrSubstitutor semantics: ${name} replaced when known, left as it is otherwise."""
    return re.sub(r"\$\{([^}]+)\}", lambda m: params.get(m.group(1), m.group(0)), text)


def normalise(id_type, value):
    """R12: PIDNormalizationService.normalise for the types the emulator knows."""
    if id_type is None or value is None:
        return value
    if id_type not in CASE_SENSITIVE_TYPES:
        value = value.lower()                        # CaseSensitiveNormalizer
    if id_type == "doi":                             # DOINormalizer
        if "&" in value and ";" in value:
            while True:
                shorter = xml_unescape(value, {"&quot;": '"', "&apos;": "'"})
                if len(shorter) >= len(value):
                    break
                value = shorter
        m = DOI_PATTERN.search(value)
        return m.group(1) if m else ""
    if id_type == "uri":                             # URINormalizer
        m = URI_SCHEME.match(value)
        return value if m.group(1) is not None else "http://" + value
    return value


class ExtId:
    def __init__(self, el):
        def text(name):
            child = el.find(C + name)
            return child.text if child is not None else None   # compared as sent, like ORCID
        self.type = text("external-id-type")
        self.value = text("external-id-value")
        self.url = text("external-id-url")
        self.relationship = text("external-id-relationship")
        self.normalised = normalise(self.type, self.value)

    def same_as(self, existing, normalised=True):
        """orcid-model ExternalID.equals, `self` being the new id (R11)."""
        if self.type != existing.type:
            return False
        if normalised and self.normalised:
            return self.normalised == existing.normalised
        return self.value == existing.value

    def key(self):
        """The hash key ExternalID.hashCode/equals amount to when both sides are normalised."""
        return (self.type, self.normalised if self.normalised else ("raw", self.value))

    def groupable(self):
        """R17: ExternalID.isGroupAble."""
        return self.relationship not in ("part-of", "funded-by") and bool(self.value)


def ext_ids(el):
    ids = el.find(C + "external-ids")
    return [ExtId(e) for e in ids.findall(C + "external-id")] if ids is not None else []


def now_iso():
    t = datetime.now(timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


ORCID_ID = re.compile(r"^(\d{4}-){3}\d{3}[\dX]$")


class Item:
    def __init__(self, kind, orcid, put_code, client_id, client_name, element):
        self.kind = kind
        self.orcid = orcid
        self.put_code = put_code
        self.client_id = client_id
        self.client_name = client_name
        self.created = now_iso()
        self.modified = self.created
        self.element = None
        self.replace(element)

    def replace(self, element):
        """Store the body as sent, with the server-owned parts stripped (they are re-added on output)."""
        element = strip_server_parts(element)
        self.element = element
        self.modified = now_iso()

    def ext_ids(self):
        return ext_ids(self.element)

    def value(self):
        """Person items: the compared value (R15)."""
        name = {"researcher-url": "url", "other-name": "content", "keyword": "content",
                "address": "country"}[self.kind.name]
        child = self.element.find("{%s}%s" % (NS[self.kind.name], name))
        return child.text if child is not None else None

    def source_element(self):
        src = etree.Element(C + "source")
        if ORCID_ID.match(self.client_id):       # an item the researcher added himself
            sid = etree.SubElement(src, C + "source-orcid")
            base = "https://orcid.org/"
        else:
            sid = etree.SubElement(src, C + "source-client-id")
            base = "https://orcid.org/client/"
        etree.SubElement(sid, C + "uri").text = base + self.client_id
        etree.SubElement(sid, C + "path").text = self.client_id
        etree.SubElement(sid, C + "host").text = "orcid.org"
        etree.SubElement(src, C + "source-name").text = self.client_name
        return src

    def path(self):
        return "/%s/%s/%d" % (self.orcid, self.kind.url, self.put_code)

    def _header(self, el):
        el.set("put-code", str(self.put_code))
        el.set("path", self.path())
        el.set("visibility", "public")
        for i, child in enumerate((etree.Element(C + "created-date"), etree.Element(C + "last-modified-date"),
                                   self.source_element())):
            if child.tag == C + "created-date":
                child.text = self.created
            elif child.tag == C + "last-modified-date":
                child.text = self.modified
            el.insert(i, child)
        return el

    def full(self):
        el = etree.fromstring(etree.tostring(self.element))
        return self._header(el)

    def summary(self):
        """The `<kind>-summary` element: header plus the summary children in XSD order."""
        tag = "{%s}%s-summary" % (NS[self.kind.name], self.kind.name)
        el = etree.Element(tag, nsmap={self.kind.name: NS[self.kind.name], "common": NS["common"]})
        by_name = {}
        for child in self.element:
            if isinstance(child.tag, str):
                by_name.setdefault(etree.QName(child).localname, child)
        for name in self.kind.summary:
            if name in by_name:
                el.append(etree.fromstring(etree.tostring(by_name[name])))
        return self._header(el)


SERVER_PARTS = {C + "created-date", C + "last-modified-date", C + "source"}


def strip_server_parts(element):
    element = etree.fromstring(etree.tostring(element))
    for child in list(element):
        if child.tag in SERVER_PARTS:
            element.remove(child)
    for attr in ("put-code", "path", "visibility", "display-index"):
        element.attrib.pop(attr, None)
    return element


def comparable(element):
    """Simplified WorkForm.compare (R14): the XML without server parts and whitespace."""
    el = strip_server_parts(element)
    for node in el.iter():
        if isinstance(node.tag, str):
            if node.text is not None and not node.text.strip():
                node.text = None
            if node.tail is not None and not node.tail.strip():
                node.tail = None
    return etree.tostring(el, method="c14n")


class State:
    """Everything the emulator holds; one lock, because the server is threaded."""

    FIRST_PUT_CODE = 1001

    def __init__(self, xsd_dir, rate, burst, rate_status, retry_after):
        self.lock = threading.RLock()
        self.xsd_dir = xsd_dir
        self.schemas = {}
        self.rate, self.burst = rate, burst
        self.rate_status, self.retry_after = rate_status, retry_after
        self.reset([], {})

    def reset(self, records, tokens):
        with self.lock:
            self.records = set(records)
            self.tokens = dict(tokens)
            self.items = {}                      # put-code -> Item
            self.next_put_code = self.FIRST_PUT_CODE
            self.requests = []
            self.fault = None
            self.buckets = {}

    def schema(self, path):
        if path not in self.schemas:
            self.schemas[path] = etree.XMLSchema(etree.parse(str(path)))
        return self.schemas[path]

    def new_item(self, kind, orcid, client_id, client_name, element):
        item = Item(kind, orcid, self.next_put_code, client_id, client_name, element)
        self.next_put_code += 1
        self.items[item.put_code] = item
        return item

    def items_of(self, orcid, kind=None, family=None):
        return [i for _, i in sorted(self.items.items())
                if i.orcid == orcid and (kind is None or i.kind is kind)
                and (family is None or i.kind.family == family)]

    def take_token(self, client):
        """R18: token bucket per client; True when the request may pass."""
        now = time.monotonic()
        tokens, last = self.buckets.get(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self.buckets[client] = (tokens - 1.0, now)
            return True
        self.buckets[client] = (tokens, now)
        return False

    def next_fault(self):
        """The fault the current API request gets, if any (counts down `after_requests`)."""
        f = self.fault
        if f is None:
            return None
        if f["after"] > 0:
            f["after"] -= 1
            return None
        if f["count"] > 0:
            f["count"] -= 1
            return f["mode"]
        self.fault = None
        return None


def serialise(el):
    return etree.tostring(el, xml_declaration=True, encoding="UTF-8", standalone=True)


class Answer(Exception):
    """A finished non-error answer (status, headers, body bytes)."""

    def __init__(self, status, body=b"", headers=None, content_type="application/vnd.orcid+xml; charset=UTF-8"):
        super().__init__(status)
        self.status, self.body, self.headers, self.content_type = status, body, headers or {}, content_type


class Api:
    """The ORCID member API 3.0 behaviour, independent of HTTP plumbing."""

    def __init__(self, state, base_url):
        self.state = state
        self.base_url = base_url

    # ---- authentication and authorisation -------------------------------------------------
    def authenticate(self, headers):
        value = headers.get("Authorization")
        token = None
        if value and value.lower().startswith("bearer"):
            token = value[len("bearer"):].strip().split(",")[0].strip() or None
        if token is None:   # R3: no Authentication object -> FORBIDDEN_MSG branch
            raise Answer(403, json.dumps({
                "error": "forbidden",
                "error_description": "Forbidden: The server understood the request but refuses to authorize it."
            }).encode(), content_type="application/json;charset=UTF-8")
        info = self.state.tokens.get(token)
        if info is None:    # R3: inactive token (token itself withheld, see DEVIATION)
            raise Answer(401, json.dumps({"error": "invalid_token", "error_description": "Invalid access token"})
                         .encode(), content_type="application/json;charset=UTF-8")
        return info

    def authorise(self, info, orcid, write_scope):
        if orcid not in self.state.records:   # R10: OrcidSecurityManagerImpl.checkProfile
            raise ApiError(9016)
        # R4: isMyToken; a client-credentials token (no user iD) passes, its scopes decide
        if info.get("orcid") is not None and info.get("orcid") != orcid:
            raise ApiError(9017, message="Access token is for a different record")
        scopes = set(info.get("scopes", []))
        wanted = {write_scope} if write_scope else {SCOPE_READ, SCOPE_READ_PUBLIC, SCOPE_ACTIVITIES, SCOPE_PERSON}
        if not scopes & wanted:          # R5
            raise ApiError(9038)

    # ---- bodies -----------------------------------------------------------------------------
    def parse(self, body, content_type, schema_path, tag):
        """R6: media type, well-formedness and XSD validity of a request body."""
        media = (content_type or "").split(";")[0].strip().lower()
        if media not in XML_TYPES:
            raise ApiError(9001, status=415, message="HTTP 415 Unsupported Media Type")
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            doc = etree.fromstring(body, parser)
        except etree.XMLSyntaxError as e:
            raise ApiError(9001, message="HTTP 400 Bad Request (%s)" % e)
        schema = self.state.schema(schema_path)
        if not schema.validate(doc):
            err = schema.error_log.last_error
            raise ApiError(9001, message="HTTP 400 Bad Request (line %d: %s)" % (err.line, err.message))
        if doc.tag != tag:
            raise ApiError(9001, message="HTTP 400 Bad Request (unexpected element %s)" % etree.QName(doc).localname)
        return doc

    # ---- rules on activities ----------------------------------------------------------------
    @staticmethod
    def validate_activity(kind, el, creating, client_name):
        if creating and el.get("put-code") is not None:   # R7
            raise ApiError(9024, {"clientName": client_name})
        if kind.family == "work":                        # R8
            title = el.find("{%s}title/%stitle" % (NS["work"], C))
            if title is None or not (title.text or "").strip():
                raise ApiError(9022)
        if kind.family in ("work", "funding") and not ext_ids(el):
            raise ApiError(9023)

    def check_duplicates(self, kind, orcid, el, client_id, client_name, skip_put_code=None):
        """R11: ActivityValidator.checkExternalIdentifiersForDuplicates over the record."""
        normalised = kind.family != "funding"
        new_ids = ext_ids(el)
        for existing in self.state.items_of(orcid, family=kind.family):
            if existing.put_code == skip_put_code:
                continue
            if kind.family == "affiliation" and existing.kind is not kind:
                continue
            for old in existing.ext_ids():
                for new in new_ids:
                    both_self = (old.relationship is None and new.relationship is None) or \
                                (old.relationship == "self" and new.relationship == "self")
                    if both_self and new.same_as(old, normalised) and existing.client_id == client_id:
                        raise ApiError(9021, {"clientName": client_name, "putCode": str(existing.put_code)})

    def check_person_duplicate(self, kind, orcid, el, client_id, put_code=None):
        """R15: isDuplicated of the person-item managers."""
        if kind.name == "address":
            return   # AddressManagerImpl.isDuplicated compares a String with an enum: never equal
        field = {"researcher-url": "url", "other-name": "content", "keyword": "content"}[kind.name]
        child = el.find("{%s}%s" % (NS[kind.name], field))
        value = child.text if child is not None else None
        for existing in self.state.items_of(orcid, kind=kind):
            if existing.put_code != put_code and existing.client_id == client_id and existing.value() == value:
                shown = value
                type_word = kind.name
                if put_code is not None and kind.name == "researcher-url":
                    name = el.find("{%s}url-name" % NS[kind.name])
                    shown = name.text if name is not None else "null"
                if put_code is not None and kind.name == "other-name":
                    type_word = "otherName"
                raise ApiError(9030, {"type": type_word, "value": shown})

    @staticmethod
    def check_source(item, client_id):
        if item.client_id != client_id:   # R14: checkSourceAndThrow
            raise ApiError(9010, {"activity": "work"})

    # ---- handlers ---------------------------------------------------------------------------
    def create(self, kind, orcid, info, body, content_type):
        client_id, client_name = info["client_id"], info.get("client_name", info["client_id"])
        el = self.parse(body, content_type, kind.xsd(self.state.xsd_dir), kind.tag)
        self.authorise(info, orcid, kind.scope)   # R6: JAX-RS reads the body before the delegator runs
        if kind.family == "person":
            if el.get("put-code") is not None:   # R7 (PersonValidator)
                raise ApiError(9024, {"clientName": client_name})
            self.check_person_duplicate(kind, orcid, el, client_id)
        else:
            self.validate_activity(kind, el, True, client_name)
            self.check_duplicates(kind, orcid, el, client_id, client_name)
        item = self.state.new_item(kind, orcid, client_id, client_name, el)   # R16
        location = "%s/v3.0/%s/%s/%d" % (self.base_url, orcid, kind.location, item.put_code)   # R1
        raise Answer(201, headers={"Location": location})

    def update(self, kind, orcid, put_code, info, body, content_type):
        client_id, client_name = info["client_id"], info.get("client_name", info["client_id"])
        el = self.parse(body, content_type, kind.xsd(self.state.xsd_dir), kind.tag)
        self.authorise(info, orcid, kind.scope)
        body_put_code = el.get("put-code")
        if body_put_code is None or body_put_code.strip() != str(put_code):   # R9
            raise ApiError(9019, {"urlPutCode": str(put_code),
                                  "bodyPutCode": body_put_code.strip() if body_put_code else "null",
                                  "clientName": client_name})
        item = self.find(kind, orcid, put_code)
        if kind.family == "work":
            if comparable(el) == comparable(item.element):   # R14: unchanged work
                if item.client_id != client_id:
                    raise ApiError(9014, message=substitute(MESSAGES[9010][0], {"activity": "work"}))
                raise Answer(200, serialise(item.full()))
            self.validate_activity(kind, el, False, client_name)
            self.check_duplicates(kind, orcid, el, client_id, client_name, skip_put_code=put_code)
            self.check_source(item, client_id)
        elif kind.family == "funding":
            self.validate_activity(kind, el, False, client_name)
            self.check_duplicates(kind, orcid, el, client_id, client_name, skip_put_code=put_code)
            self.check_source(item, client_id)
        elif kind.family == "affiliation":
            self.check_source(item, client_id)
            self.validate_activity(kind, el, False, client_name)
            self.check_duplicates(kind, orcid, el, client_id, client_name, skip_put_code=put_code)
        else:
            self.check_person_duplicate(kind, orcid, el, client_id, put_code)
            self.check_source(item, client_id)
        item.replace(el)   # R16: the source stays the original one
        raise Answer(200, serialise(item.full()))

    def delete(self, kind, orcid, put_code, info):
        item = self.find(kind, orcid, put_code)
        self.check_source(item, info["client_id"])
        del self.state.items[put_code]
        raise Answer(204)

    def find(self, kind, orcid, put_code):
        item = self.state.items.get(put_code)
        if item is None or item.orcid != orcid or item.kind is not kind:   # R10
            raise ApiError(9016)
        return item

    def create_bulk(self, orcid, info, body, content_type):
        """R13: WorkManagerImpl.createWorks."""
        client_id, client_name = info["client_id"], info.get("client_name", info["client_id"])
        kind = KINDS["work"]
        doc = self.parse(body, content_type, self.state.xsd_dir / "record_3.0" / "bulk-3.0.xsd",
                         "{%s}bulk" % NS["bulk"])
        self.authorise(info, orcid, SCOPE_ACTIVITIES)
        works = [w for w in doc if isinstance(w.tag, str) and w.tag == kind.tag]
        if len(works) > BULK_WRITE_MAX:
            raise ApiError(9006, message="You are allowed to add up to %d elements per request." % BULK_WRITE_MAX)
        existing, put_code_of = set(), {}
        for item in self.state.items_of(orcid, kind=kind):
            if item.client_id == client_id:
                self._remember(item, existing, put_code_of)
        answer = etree.Element("{%s}bulk" % NS["bulk"], nsmap={"bulk": NS["bulk"], "work": NS["work"],
                                                                 "common": NS["common"], "error": NS["error"]})
        for work in works:
            try:
                self.validate_activity(kind, work, True, client_name)
                for new in ext_ids(work):
                    if new.key() in existing and new.relationship == "self":
                        params = {"clientName": client_name}
                        if new.key() in put_code_of:
                            params["putCode"] = str(put_code_of[new.key()])
                        raise ApiError(9021, params)
                item = self.state.new_item(kind, orcid, client_id, client_name, work)
                self._remember(item, existing, put_code_of)
                answer.append(item.full())
            except ApiError as e:
                answer.append(e.element())
        raise Answer(200, serialise(answer))

    @staticmethod
    def _remember(item, existing, put_code_of):
        for ext in item.ext_ids():
            put_code_of[ext.key()] = item.put_code
            if ext.relationship not in ("part-of", "funded-by"):
                existing.add(ext.key())

    # ---- reads ------------------------------------------------------------------------------
    def view_bulk(self, orcid, put_codes, client_name):
        """R19: WorkManagerReadOnlyImpl.findWorkBulk: found works, then one 9034 per unknown put-code."""
        parts = put_codes.split(",")
        if len(parts) > BULK_READ_MAX:
            raise ApiError(9042, message="Too many put codes specified: maximum is %d" % BULK_READ_MAX,
                           java_class="org.orcid.core.exception.ExceedMaxNumberOfPutCodesException")
        bad = [p for p in parts if not re.fullmatch(r"[+-]?\d+", p)]
        if bad:   # Long.parseLong: NumberFormatException, an IllegalArgumentException: 9006
            raise ApiError(9006, message='For input string: "%s"' % bad[0])
        wanted = [int(p) for p in parts]
        answer = etree.Element("{%s}bulk" % NS["bulk"], nsmap={"bulk": NS["bulk"]})
        missing = []
        for pc in wanted:
            item = self.state.items.get(pc)
            if item is not None and item.orcid == orcid and item.kind is KINDS["work"]:
                answer.append(item.full())
            else:
                missing.append(pc)
        for pc in missing:
            answer.append(ApiError(9034, {"clientName": client_name}, message="'%d' is not a valid put code" % pc).element())
        raise Answer(200, serialise(answer))

    def view(self, kind, orcid, put_code):
        raise Answer(200, serialise(self.find(kind, orcid, put_code).full()))

    def groups(self, items):
        """R17: ActivitiesGroupGenerator.group, in put-code order."""
        groups = []   # [keys(set), items(list), ids(list of ExtId)]
        for item in items:
            keys = {e.key() for e in item.ext_ids() if e.groupable()}
            belongs = [g for g in groups if g[0] & keys]
            if not belongs:
                groups.append([set(keys), [item]])
                continue
            first = belongs[0]
            first[0] |= keys
            first[1].append(item)
            for other in belongs[1:]:
                first[0] |= other[0]
                first[1].extend(other[1])
                groups.remove(other)
        out = []
        for keys, members in groups:
            members.sort(key=lambda i: i.put_code)
            seen, ids = set(), []
            for m in members:
                for e in m.ext_ids():
                    if e.groupable() and e.key() not in seen:
                        seen.add(e.key())
                        ids.append(e)
            out.append((ids, members))
        return out

    @staticmethod
    def group_ext_ids(ids):
        el = etree.Element(C + "external-ids")
        for e in ids:
            x = etree.SubElement(el, C + "external-id")
            etree.SubElement(x, C + "external-id-type").text = e.type
            etree.SubElement(x, C + "external-id-value").text = e.value
            if e.normalised:
                n = etree.SubElement(x, C + "external-id-normalized")
                n.text = e.normalised
                n.set("transient", "true")
            if e.url:
                etree.SubElement(x, C + "external-id-url").text = e.url
            if e.relationship:
                etree.SubElement(x, C + "external-id-relationship").text = e.relationship
        return el

    def section(self, kind, orcid):
        """`activities:works`, `activities:educations`, ... with their groups."""
        a = NS["activities"]
        el = etree.Element("{%s}%s" % (a, kind.plural), nsmap={"activities": a, "common": NS["common"]})
        el.set("path", "/%s/%s" % (orcid, kind.plural))
        items = self.state.items_of(orcid, kind=kind)
        if items:
            last = etree.SubElement(el, C + "last-modified-date")
            last.text = max(i.modified for i in items)
        group_tag = "{%s}%s" % (a, "affiliation-group" if kind.family == "affiliation" else "group")
        for ids, members in self.groups(items):
            g = etree.SubElement(el, group_tag)
            etree.SubElement(g, C + "last-modified-date").text = max(m.modified for m in members)
            g.append(self.group_ext_ids(ids))
            for m in members:
                g.append(m.summary())
        return el

    def person_list(self, kind, orcid):
        ns = NS[kind.name]
        container = "addresses" if kind.name == "address" else kind.plural
        el = etree.Element("{%s}%s" % (ns, container), nsmap={kind.name: ns, "common": NS["common"]})
        el.set("path", "/%s/%s" % (orcid, kind.plural))
        items = self.state.items_of(orcid, kind=kind)
        if items:
            etree.SubElement(el, C + "last-modified-date").text = max(i.modified for i in items)
        for i in items:
            el.append(i.full())
        return el

    def record(self, orcid):
        r = etree.Element("{%s}record" % NS["record"], nsmap=dict(NS))
        r.set("path", "/%s" % orcid)
        oid = etree.SubElement(r, C + "orcid-identifier")
        etree.SubElement(oid, C + "uri").text = "https://orcid.org/" + orcid
        etree.SubElement(oid, C + "path").text = orcid
        etree.SubElement(oid, C + "host").text = "orcid.org"
        person = etree.SubElement(r, "{%s}person" % NS["person"])
        person.set("path", "/%s/person" % orcid)
        for name in ("other-name", "researcher-url"):
            person.append(self.person_list(KINDS[name], orcid))
        emails = etree.SubElement(person, "{%s}emails" % NS["email"])
        emails.set("path", "/%s/email" % orcid)
        for name in ("address", "keyword"):
            person.append(self.person_list(KINDS[name], orcid))
        acts = etree.SubElement(r, "{%s}activities-summary" % NS["activities"])
        acts.set("path", "/%s/activities" % orcid)
        items = self.state.items_of(orcid)
        if items:
            etree.SubElement(acts, C + "last-modified-date").text = max(i.modified for i in items)
        # activities-3.0.xsd order: distinctions, educations, employments, fundings,
        # invited-positions, memberships, (peer-reviews), qualifications, (research-resources),
        # services, works.
        for name in ("distinction", "education", "employment", "funding", "invited-position", "membership",
                     "qualification", "service", "work"):
            acts.append(self.section(KINDS[name], orcid))
        return r

    # ---- routing ------------------------------------------------------------------------------
    def handle(self, method, path, headers, body):
        """Answer one API request; raises Answer or ApiError."""
        parts = [p for p in path.split("/") if p]
        if len(parts) < 3 or parts[0] != "v3.0":
            raise ApiError(9016, status=404)
        orcid, rest = parts[1], parts[2:]
        info = self.authenticate(headers)
        content_type = headers.get("Content-Type")
        word = rest[0]
        if len(rest) == 1 and word == "record" and method == "GET":
            self.authorise(info, orcid, None)
            raise Answer(200, serialise(self.record(orcid)))
        if len(rest) == 1 and word == "works" and method == "POST":
            self.create_bulk(orcid, info, body, content_type)
        if len(rest) == 1 and word in KIND_BY_PLURAL and method == "GET":
            kind = KIND_BY_PLURAL[word]
            self.authorise(info, orcid, None)
            if kind.family == "person":
                raise Answer(200, serialise(self.person_list(kind, orcid)))
            raise Answer(200, serialise(self.section(kind, orcid)))
        if len(rest) == 2 and word == "works" and method == "GET":
            self.authorise(info, orcid, None)
            self.view_bulk(orcid, rest[1], info.get("client_name", info["client_id"]))
        kind = KIND_BY_URL.get(word)
        if kind is None:
            raise ApiError(9016, status=404)
        if len(rest) == 1:
            if method == "POST":
                self.create(kind, orcid, info, body, content_type)
            if method == "GET" and kind.family == "person":
                self.authorise(info, orcid, None)
                raise Answer(200, serialise(self.person_list(kind, orcid)))
        elif len(rest) == 2:
            try:
                put_code = int(rest[1])   # R19: MemberApiServiceImplHelper.getPutCode
            except ValueError:
                raise ApiError(9034, {"clientName": info.get("client_name", info["client_id"])})
            if method == "GET":
                self.authorise(info, orcid, None)
                self.view(kind, orcid, put_code)
            if method == "PUT":
                self.update(kind, orcid, put_code, info, body, content_type)
            if method == "DELETE":
                self.authorise(info, orcid, kind.scope)
                self.delete(kind, orcid, put_code, info)
        raise ApiError(9001, status=405, message="HTTP 405 Method Not Allowed")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "orcid-emulator"

    # The access log never shows headers (tokens); only with --log, on stderr.
    def log_message(self, fmt, *args):
        if self.server.log_requests:
            sys.stderr.write("orcid-emulator: %s\n" % (fmt % args))

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def send(self, status, body=b"", content_type=None, headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if body or status not in (201, 204):
            self.send_header("Content-Type", content_type or "application/vnd.orcid+xml; charset=UTF-8")
        if status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def send_json(self, status, obj):
        self.send(status, json.dumps(obj).encode(), "application/json")

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def dispatch(self, method):
        body = self.read_body()
        url = urlsplit(self.path)
        if url.path.startswith("/_emulator/"):
            return self.control(method, url, body)
        state = self.server.state
        with state.lock:
            fault = state.next_fault()
            record = {"method": method, "path": url.path, "status": None, "error_code": None}
            state.requests.append(record)
            if fault in ("drop", "500", "429"):
                if fault == "drop":
                    return self.drop()
                record["status"] = int(fault)
                headers = {}
                if fault == "429" and state.retry_after is not None:
                    headers["Retry-After"] = str(state.retry_after)
                return self.send(int(fault), b"fault injected by the emulator\n", "text/plain", headers)
            info = state.tokens.get(self._token() or "")
            if not state.take_token(info["client_id"] if info else "(no client)"):   # R18
                record["status"] = state.rate_status
                headers = {"Retry-After": str(state.retry_after)} if state.retry_after is not None else {}
                return self.send(state.rate_status, b"Too Many Requests\n", "text/plain", headers)
            api = Api(state, self.server.base_url)
            try:
                api.handle(method, url.path, self.headers, body)
                raise ApiError(9001, status=405)   # handle() always raises; defensive
            except Answer as a:
                record["status"] = a.status
                if fault == "drop_after":   # applied, but the answer is lost
                    return self.drop()
                return self.send(a.status, a.body, a.content_type, a.headers)
            except ApiError as e:
                record["status"], record["error_code"] = e.status, e.code
                if fault == "drop_after":
                    return self.drop()
                return self.send(e.status, serialise(e.element()))
            except Exception as e:   # an emulator bug: answered as ORCID answers the unexpected (9008)
                sys.stderr.write("orcid-emulator: %s %s failed: %s: %s\n" % (method, url.path, type(e).__name__, e))
                record["status"], record["error_code"] = 500, 9008
                return self.send(500, serialise(ApiError(9008, message=str(e)).element()))

    def _token(self):
        value = self.headers.get("Authorization") or ""
        if value.lower().startswith("bearer"):
            return value[len("bearer"):].strip().split(",")[0].strip()
        return None

    # ---- control API (tests only) ---------------------------------------------------------------
    def control(self, method, url, body):
        state = self.server.state
        try:
            data = json.loads(body) if body else {}
        except ValueError as e:
            return self.send_json(400, {"error": "body is not JSON: %s" % e})
        with state.lock:
            if url.path == "/_emulator/reset" and method == "POST":
                problem = reset_problem(data)
                if problem:
                    return self.send_json(400, {"error": problem})
                state.reset(data.get("records", []), data.get("tokens", {}))
                return self.send_json(200, {"ok": True})
            if url.path == "/_emulator/requests" and method == "GET":
                return self.send_json(200, state.requests)
            if url.path == "/_emulator/faults" and method == "POST":
                mode = data.get("mode")
                if mode not in ("drop", "drop_after", "500", "429"):
                    return self.send_json(400, {"error": "mode must be drop, drop_after, 500 or 429"})
                state.fault = {"after": int(data.get("after_requests", 0)), "mode": mode,
                               "count": int(data.get("count", 1))}
                return self.send_json(200, {"ok": True})
            if url.path == "/_emulator/items" and method == "GET":
                orcid = parse_qs(url.query).get("orcid", [None])[0]
                return self.send_json(200, {"items": [
                    {"type": i.kind.name, "put_code": i.put_code, "client_id": i.client_id,
                     "xml": etree.tostring(i.full(), encoding="unicode")}
                    for i in state.items_of(orcid)]})
            if url.path == "/_emulator/items" and method == "POST":
                return self.seed(data)
        return self.send_json(404, {"error": "unknown control endpoint %s %s" % (method, url.path)})

    def seed(self, data):
        """An item from any source, without the API's duplicate rules (e.g. another client's work)."""
        state = self.server.state
        kind = KINDS.get(data.get("type"))
        if kind is None:
            return self.send_json(400, {"error": "type must be one of %s" % ", ".join(sorted(KINDS))})
        if data.get("orcid") not in state.records:
            return self.send_json(400, {"error": "orcid is not one of the records given to reset"})
        try:
            el = etree.fromstring(data.get("xml", "").encode())
        except etree.XMLSyntaxError as e:
            return self.send_json(400, {"error": "xml: %s" % e})
        schema = state.schema(kind.xsd(state.xsd_dir))
        if el.tag != kind.tag or not schema.validate(el):
            msg = schema.error_log.last_error.message if schema.error_log.last_error else "not a %s" % kind.name
            return self.send_json(400, {"error": "xml: %s" % msg})
        client = data.get("client_id", "")
        item = state.new_item(kind, data["orcid"], client, data.get("client_name", client), el)
        return self.send_json(200, {"put_code": item.put_code})


def reset_problem(data):
    """What is wrong with a reset body, or None. Never quotes a token."""
    records, tokens = data.get("records", []), data.get("tokens", {})
    if not isinstance(records, list) or not all(isinstance(r, str) and ORCID_ID.match(r) for r in records):
        return "records must be a list of ORCID iDs (0000-0000-0000-000X)"
    if not isinstance(tokens, dict):
        return "tokens must be an object {token: {client_id, orcid, scopes}}"
    for n, info in enumerate(tokens.values(), 1):
        if not isinstance(info, dict) or not isinstance(info.get("client_id"), str) \
                or not isinstance(info.get("scopes", []), list) \
                or not (info.get("orcid") is None or isinstance(info.get("orcid"), str)):
            return "token number %d: needs client_id (string), orcid (string or null), scopes (list)" % n
    return None


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port-file", required=True, help="the port is written here once listening")
    p.add_argument("--rate-per-second", type=float, default=24.0, help="R18, ORCID member API: 24")
    p.add_argument("--burst", type=int, default=40, help="R18, ORCID member API: 40")
    p.add_argument("--rate-limit-status", type=int, choices=(429, 503), default=429)
    p.add_argument("--retry-after", type=int, default=None, help="send Retry-After: N when over the rate")
    p.add_argument("--xsd-dir", type=Path, default=DEFAULT_XSD_DIR)
    p.add_argument("--log", action="store_true", help="access log (method, path, status) on stderr")
    p.add_argument("--exit-with-parent", action="store_true",
                   help="stop when the process that started the emulator is gone (no orphans)")
    args = p.parse_args(argv)

    server = Server(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    server.base_url = "http://127.0.0.1:%d" % port
    server.log_requests = args.log
    server.state = State(args.xsd_dir, args.rate_per_second, args.burst, args.rate_limit_status, args.retry_after)

    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.exit_with_parent:
        parent = os.getppid()

        def watch():
            while os.getppid() == parent:
                time.sleep(0.5)
            server.shutdown()
        threading.Thread(target=watch, daemon=True).start()

    tmp = "%s.%d.tmp" % (args.port_file, os.getpid())
    with open(tmp, "w") as f:
        f.write("%d\n" % port)
    os.replace(tmp, args.port_file)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
