"""cvport orcid sync against the ORCID API emulator (tests/support/orcid_emulator): the
scenarios of issue 13. Each test writes a small CV, runs the cvport binary ($CVPORT) and looks at
what the emulator received (requests()) and holds (items()).

Run: ctest --test-dir build -R orcid-sync.scenarios --output-on-failure
"""

import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support" / "orcid_emulator"))
from harness import Emulator  # noqa: E402

CVPORT = os.environ.get("CVPORT") or str(HERE.parents[1] / "build" / "bin" / "cvport")
ORCID = "0000-0002-1825-0097"
CLIENT = "APP-CVPORTTEST000001"
OTHER = "APP-CROSSREF00000001"
TOKEN = "tok-7f3c9e1d-DISTINCTIVE-b2a4"
WRITES = {"POST", "PUT", "DELETE"}


def publication(pid, title, doi=None, year=2023):
    entry = {"id": pid, "type": "journal-article", "title": title, "authors": ["Josiah Carberry"],
             "venue": {"name": "Journal of Examples"}, "date": year}
    if doi:
        entry["doi"] = doi
    return entry


def base_cv():
    return {
        "model_version": "1.0",
        "person": {"name": "Josiah Carberry", "orcid": ORCID, "location": {"country": "US"}},
        "education": [{"id": "phd", "institution": {"name": "Brown University", "city": "Providence",
                                                    "region": "RI", "country": "US",
                                                    "ror": "https://ror.org/05gq02987"},
                       "degree": "Ph.D.", "field": "Psychoceramics", "end": 2001}],
        "interests": [{"name": "Psychoceramics", "keywords": ["Cracked pots"]}],
        "publications": [publication("carberry2020pots", "On cracked pots", "10.5555/12345678"),
                         publication("carberry2021more", "More cracked pots"),
                         publication("carberry2022last", "The last cracked pot", "10.5555/87654321")],
    }


def writes(requests):
    return [r for r in requests if r["method"] in WRITES]


class SyncScenarios(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = Emulator()
        cls.emulator.start()

    @classmethod
    def tearDownClass(cls):
        cls.emulator.stop()

    def setUp(self):
        self.emulator.reset([ORCID], {TOKEN: {"client_id": CLIENT, "orcid": ORCID,
                                              "scopes": ["/activities/update", "/person/update", "/read-limited"]}})
        self.dir = tempfile.TemporaryDirectory(prefix="cvport-sync-")
        self.work = Path(self.dir.name)
        self.outputs = []
        self.seen = 0

    def tearDown(self):
        # The token is in no output and no file of the work folder, whatever the test did.
        for text in self.outputs:
            self.assertNotIn(TOKEN, text)
        for path in self.work.rglob("*"):
            if path.is_file():
                self.assertNotIn(TOKEN.encode(), path.read_bytes(), path)
        self.dir.cleanup()

    # ---- helpers -------------------------------------------------------------------------------
    def write_cv(self, cv):
        path = self.work / "cv.yaml"
        path.write_text(json.dumps(cv, indent=1))  # JSON is YAML
        return path

    def cvport(self, *args, env_token=True):
        env = dict(os.environ)
        env.pop("ORCID_ACCESS_TOKEN", None)
        if env_token:
            env["ORCID_ACCESS_TOKEN"] = TOKEN
        run = subprocess.run([CVPORT, *args], cwd=self.work, env=env, capture_output=True, text=True, timeout=120)
        self.outputs += [run.stdout, run.stderr]
        return run

    def sync(self, cv, *extra):
        self.write_cv(cv)
        return self.cvport("orcid", "sync", "cv.yaml", "--api", self.emulator.base_url, "--orcid", ORCID,
                           "--client-id", CLIENT, *extra)

    def sync_in(self, env):
        """`cvport orcid sync cv.yaml` with exactly this environment."""
        run = subprocess.run([CVPORT, "orcid", "sync", "cv.yaml", "--api", self.emulator.base_url, "--orcid", ORCID,
                              "--client-id", CLIENT], cwd=self.work, env=env, capture_output=True, text=True,
                             timeout=120)
        self.outputs += [run.stdout, run.stderr]
        return run

    def new_requests(self):
        """The API requests since the last call."""
        requests = self.emulator.requests()
        fresh = requests[self.seen:]
        self.seen = len(requests)
        return fresh

    def own_items(self):
        return [i for i in self.emulator.items(ORCID) if i["client_id"] == CLIENT]

    def plan(self):
        return json.loads((self.work / "plan.json").read_text())

    def assert_ok(self, run, status=0):
        self.assertEqual(run.returncode, status, run.stderr)

    # ---- scenarios -----------------------------------------------------------------------------
    def test_first_sync_creates_all_works_in_one_bulk(self):
        self.assert_ok(self.sync(base_cv()))
        requests = self.new_requests()
        posts = [(r["method"], r["path"].split("/")[-1], r["status"]) for r in writes(requests)]
        self.assertEqual(posts, [("POST", "works", 200), ("POST", "education", 201), ("POST", "keywords", 201),
                                 ("POST", "keywords", 201), ("POST", "address", 201)])
        self.assertEqual(sorted(i["type"] for i in self.own_items()),
                         ["address", "education", "keyword", "keyword", "work", "work", "work"])
        self.assertEqual(self.plan()["summary"]["create"], 7)
        journal = json.loads((self.work / "orcid-journal.json").read_text())
        self.assertEqual(len(journal["entries"]), 7)
        self.assertTrue(all(e["ok"] and e["put_code"] for e in journal["entries"].values()))

    def test_a_grant_is_created_once_and_its_amount_edit_is_one_put(self):
        cv = base_cv()
        cv["funding"] = [{"id": "nsf-pots", "title": "Cracks in ceramic vessels", "type": "grant",
                          "funder": {"name": "National Science Foundation", "country": "US",
                                     "ror": "https://ror.org/021nxhr62"},
                          "number": "CCF-1234567", "amount": "450000", "currency": "USD",
                          "start": "2021-09", "end": "2024-08", "role": "PI"}]
        self.assert_ok(self.sync(cv))
        created = [(r["method"], r["path"].split("/")[-1], r["status"]) for r in writes(self.new_requests())]
        self.assertIn(("POST", "funding", 201), created)
        grants = [i for i in self.own_items() if i["type"] == "funding"]
        self.assertEqual(len(grants), 1)
        self.assertIn("CCF-1234567", grants[0]["xml"])
        self.assert_ok(self.sync(cv))
        self.assertEqual(writes(self.new_requests()), [])
        cv["funding"][0]["amount"] = "500000"
        self.assert_ok(self.sync(cv))
        changed = writes(self.new_requests())
        self.assertEqual([(r["method"], r["path"].split("/")[-2], r["status"]) for r in changed],
                         [("PUT", "funding", 200)])
        grants = [i for i in self.own_items() if i["type"] == "funding"]
        self.assertEqual(len(grants), 1)
        self.assertIn("500000", grants[0]["xml"])

    def test_second_sync_without_change_writes_nothing(self):
        self.assert_ok(self.sync(base_cv()))
        self.new_requests()
        self.assert_ok(self.sync(base_cv()))
        requests = self.new_requests()
        self.assertEqual(writes(requests), [])
        self.assertEqual([r["method"] for r in requests], ["GET"])  # the record only
        self.assertEqual(self.plan()["summary"]["unchanged"], 7)

    def test_a_title_edit_of_an_entry_with_an_id_is_one_put(self):
        cv = base_cv()
        self.assert_ok(self.sync(cv))
        self.new_requests()
        cv["publications"][1]["title"] = "More cracked pots, revised"
        self.assert_ok(self.sync(cv))
        changed = writes(self.new_requests())
        self.assertEqual(len(changed), 1, changed)
        self.assertEqual(changed[0]["method"], "PUT")
        self.assertEqual(changed[0]["status"], 200)
        titles = [i["xml"] for i in self.own_items() if "cracked pots, revised" in i["xml"]]
        self.assertEqual(len(titles), 1)
        self.assertEqual(len([i for i in self.own_items() if i["type"] == "work"]), 3)

    def test_a_doi_added_later_is_an_update_not_a_create(self):
        cv = base_cv()
        self.assert_ok(self.sync(cv))
        self.new_requests()
        cv["publications"][1]["doi"] = "10.5555/11112222"
        self.assert_ok(self.sync(cv))
        changed = writes(self.new_requests())
        self.assertEqual([r["method"] for r in changed], ["PUT"])
        works = [i for i in self.own_items() if i["type"] == "work"]
        self.assertEqual(len(works), 3)
        self.assertEqual(len([w for w in works if "10.5555/11112222" in w["xml"]]), 1)

    def test_reordering_the_cv_writes_nothing(self):
        cv = base_cv()
        self.assert_ok(self.sync(cv))
        self.new_requests()
        cv["publications"].reverse()
        cv["interests"][0]["keywords"].insert(0, cv["interests"][0].pop("name"))
        cv["interests"][0]["name"] = cv["interests"][0]["keywords"].pop()
        self.assert_ok(self.sync(cv))
        self.assertEqual(writes(self.new_requests()), [])

    def test_a_lost_journal_creates_no_duplicate(self):
        self.assert_ok(self.sync(base_cv()))
        self.new_requests()
        (self.work / "orcid-journal.json").unlink()
        self.assert_ok(self.sync(base_cv()))
        requests = self.new_requests()
        self.assertEqual(writes(requests), [])  # each own item is read and found the same
        self.assertEqual(len(self.own_items()), 7)
        self.assertEqual(self.plan()["summary"]["create"], 0)

    def test_a_crash_half_way_through_the_creates_is_completed_by_a_rerun(self):
        # GET record, the bulk, the education: the next request (the first keyword) is applied
        # but its answer is lost (drop_after), as if cvport died right after sending it.
        self.emulator.faults(3, "drop_after", 1)
        first = self.sync(base_cv())
        self.assertEqual(first.returncode, 75, first.stderr)
        self.assertIn("run it again to complete", first.stderr)
        self.new_requests()
        self.assert_ok(self.sync(base_cv()))
        self.assertEqual(sorted(i["type"] for i in self.own_items()),
                         ["address", "education", "keyword", "keyword", "work", "work", "work"])
        rerun = writes(self.new_requests())
        self.assertEqual([r["path"].split("/")[-1] for r in rerun], ["keywords", "address"])

    def test_a_dropped_connection_leaves_a_consistent_journal(self):
        self.emulator.faults(2, "drop", 1)  # the education POST never arrives
        run = self.sync(base_cv())
        self.assertEqual(run.returncode, 75, run.stderr)
        journal = json.loads((self.work / "orcid-journal.json").read_text())
        held = {i["put_code"] for i in self.own_items()}
        self.assertEqual(len(journal["entries"]), 3)  # the three works of the bulk
        for key, entry in journal["entries"].items():
            self.assertTrue(entry["ok"], key)
            self.assertIn(int(entry["put_code"]), held, key)
        self.assert_ok(self.sync(base_cv()))
        self.assertEqual(len(self.own_items()), 7)

    def test_an_item_of_another_source_with_the_same_doi_is_a_conflict(self):
        seeded = self.emulator.seed(ORCID, OTHER, "work", """<work:work xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
  <work:title><common:title>On cracked pots</common:title></work:title>
  <work:type>journal-article</work:type>
  <common:external-ids><common:external-id><common:external-id-type>doi</common:external-id-type>
    <common:external-id-value>10.5555/12345678</common:external-id-value>
    <common:external-id-relationship>self</common:external-id-relationship></common:external-id></common:external-ids>
</work:work>""", client_name="Crossref")
        self.assert_ok(self.sync(base_cv()))
        actions = {a["key"]: a for a in self.plan()["actions"]}
        conflict = actions["publication:carberry2020pots"]
        self.assertEqual(conflict["action"], "conflict")
        self.assertEqual(conflict["put_code"], str(seeded))
        self.assertEqual(len([i for i in self.own_items() if i["type"] == "work"]), 2)
        self.new_requests()
        self.assert_ok(self.sync(base_cv()))  # again: still a conflict, nothing sent for it
        self.assertEqual(writes(self.new_requests()), [])

    def test_sync_of_100_new_works_is_one_bulk_request(self):
        cv = base_cv()
        cv["publications"] = [publication("p%03d" % i, "Pot number %d" % i, "10.5555/pot.%d" % i) for i in range(100)]
        self.assert_ok(self.sync(cv))
        bulk = [r for r in self.new_requests() if r["method"] == "POST" and r["path"].endswith("/works")]
        self.assertEqual(len(bulk), 1)
        self.assertEqual(len([i for i in self.own_items() if i["type"] == "work"]), 100)

    def test_delete_removes_only_own_items_of_authoritative_kinds(self):
        cv = base_cv()
        self.assert_ok(self.sync(cv))
        other = self.emulator.seed(ORCID, OTHER, "keyword",
                                   '<keyword:keyword xmlns:keyword="http://www.orcid.org/ns/keyword">'
                                   '<keyword:content>Ceramics</keyword:content></keyword:keyword>')
        media = self.emulator.seed(ORCID, CLIENT, "work", """<work:work xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
  <work:title><common:title>A podcast</common:title></work:title><work:type>online-resource</work:type>
  <common:external-ids><common:external-id><common:external-id-type>source-work-id</common:external-id-type>
    <common:external-id-value>media:podcast</common:external-id-value>
    <common:external-id-relationship>self</common:external-id-relationship></common:external-id></common:external-ids>
</work:work>""")
        del cv["publications"][2]
        cv["interests"][0]["keywords"] = []
        self.new_requests()
        self.assert_ok(self.sync(cv))  # without --delete: kept
        self.assertEqual(writes(self.new_requests()), [])
        self.assertEqual(self.plan()["summary"]["kept"], 3)
        self.assert_ok(self.sync(cv, "--delete"))
        deleted = [r for r in self.new_requests() if r["method"] == "DELETE"]
        self.assertEqual(len(deleted), 2, deleted)
        held = {i["put_code"] for i in self.emulator.items(ORCID)}
        self.assertIn(other, held)
        self.assertIn(media, held)
        self.assertFalse(any("carberry2022last" in i["xml"] or "Cracked pots" in i["xml"] for i in self.own_items()))

    def test_429_is_retried_after_a_pause(self):
        self.emulator.faults(1, "429", 2)
        self.assert_ok(self.sync(base_cv()))
        statuses = [r["status"] for r in self.new_requests() if r["method"] == "POST"]
        self.assertEqual(statuses[:3], [429, 429, 200])
        self.assertEqual(len(self.own_items()), 7)

    def test_a_5xx_on_a_put_is_retried(self):
        cv = base_cv()
        self.assert_ok(self.sync(cv))
        self.new_requests()
        cv["publications"][0]["title"] = "On cracked pots, second edition"
        self.emulator.faults(1, "500", 1)  # after the record: the PUT
        self.assert_ok(self.sync(cv))
        self.assertEqual([(r["method"], r["status"]) for r in writes(self.new_requests())], [("PUT", 500), ("PUT", 200)])

    def test_a_5xx_on_a_post_stops_the_run_and_a_rerun_completes_it(self):
        self.emulator.faults(1, "500", 1)  # the bulk of works
        first = self.sync(base_cv())
        self.assertEqual(first.returncode, 75, first.stderr)
        self.assertIn("ORCID answered 500", first.stderr)
        self.assert_ok(self.sync(base_cv()))
        self.assertEqual(len(self.own_items()), 7)

    def test_a_cv_of_another_orcid_id_is_refused(self):
        cv = base_cv()
        cv["person"]["orcid"] = "0000-0001-5109-3700"
        run = self.sync(cv)
        self.assertEqual(run.returncode, 77, run.stderr)
        self.assertIn("the CV names the ORCID iD 0000-0001-5109-3700, not " + ORCID, run.stderr)
        self.assertEqual(self.emulator.requests(), [])

    def test_the_token_file_may_be_orcids_token_response(self):
        # The user's token file, outside the work folder that tearDown searches for the token.
        secrets = tempfile.TemporaryDirectory(prefix="cvport-token-")
        self.addCleanup(secrets.cleanup)
        token_file = Path(secrets.name) / "token.json"
        token_file.write_text(json.dumps({"access_token": TOKEN, "token_type": "bearer", "orcid": ORCID,
                                          "client_id": CLIENT, "scope": "/activities/update /person/update"}))
        self.write_cv(base_cv())
        run = self.cvport("orcid", "sync", "cv.yaml", "--api", self.emulator.base_url, "--token-file",
                          str(token_file), env_token=False)
        self.assert_ok(run)
        self.assertEqual(len(self.own_items()), 7)

    def test_a_refused_token_is_named_by_its_status_only(self):
        self.write_cv(base_cv())
        run = self.sync_in(dict(os.environ, ORCID_ACCESS_TOKEN=TOKEN + "-revoked"))
        self.assertEqual(run.returncode, 77, run.stderr)
        self.assertIn("ORCID refused the token (401)", run.stderr)

    def test_without_libcurl_only_the_sync_stops_with_69_before_any_request(self):
        # An empty library with libcurl's soname, first on the library path: cvport does not link
        # libcurl, so it starts and exports as usual, and the sync, which opens libcurl to send
        # its first request, stops with a message and exit status 69 (docs/cli.md).
        fake = self.work / "lib"
        fake.mkdir()
        (fake / "empty.c").write_text("int cvport_test_not_libcurl;\n")
        subprocess.run([os.environ.get("CC", "cc"), "-shared", "-fPIC", "-Wl,-soname,libcurl.so.4",
                        "-o", str(fake / "libcurl.so.4"), str(fake / "empty.c")], check=True)
        env = dict(os.environ, ORCID_ACCESS_TOKEN=TOKEN, LD_LIBRARY_PATH=str(fake))
        self.write_cv(base_cv())
        export = subprocess.run([CVPORT, "export", "cv.yaml", "--to", "markdown", "-o", "cv.md"], cwd=self.work,
                                env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(export.returncode, 0, export.stderr)
        self.assertIn("On cracked pots", (self.work / "cv.md").read_text())
        run = self.sync_in(env)
        self.assertEqual(run.returncode, 69, run.stderr)
        self.assertIn("libcurl.so.4 has no curl_global_init", run.stderr)
        self.assertEqual(self.emulator.requests(), [])
        self.assertFalse((self.work / "plan.json").exists())

    def test_dry_run_writes_the_plan_only(self):
        run = self.sync(base_cv(), "--dry-run")
        self.assert_ok(run)
        self.assertEqual(writes(self.emulator.requests()), [])
        self.assertEqual(self.plan()["summary"]["create"], 7)
        self.assertIn("create", run.stderr)


if __name__ == "__main__":
    unittest.main()
