"""Start, drive and stop the ORCID API emulator from a test.

    with Emulator() as emu:
        emu.reset(["0000-0002-1825-0097"], {token: {"client_id": "APP-...", "orcid": ..., "scopes": [...]}})
        ... talk to emu.base_url ...
        emu.requests()   # every API request since reset: method, path, status, error_code

Tokens go only into the emulator's memory: nothing here prints them, and error messages quote
the control endpoint and the emulator's stderr (which never holds headers), never a request.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

EMULATOR = Path(__file__).resolve().with_name("orcid_emulator.py")


class EmulatorError(RuntimeError):
    pass


class Emulator:
    def __init__(self, *, rate_per_second=None, burst=None, rate_limit_status=None, retry_after=None,
                 start_timeout=20.0, stop_timeout=5.0, log=False, python=None):
        self.args = []
        if rate_per_second is not None:
            self.args += ["--rate-per-second", str(rate_per_second)]
        if burst is not None:
            self.args += ["--burst", str(burst)]
        if rate_limit_status is not None:
            self.args += ["--rate-limit-status", str(rate_limit_status)]
        if retry_after is not None:
            self.args += ["--retry-after", str(retry_after)]
        if log:
            self.args.append("--log")
        self.start_timeout, self.stop_timeout = start_timeout, stop_timeout
        self.python = python or sys.executable   # needs lxml (Debian: python3-lxml)
        self.process = None
        self.base_url = None
        self._dir = None
        self._final_log = ""

    # ---- lifetime -------------------------------------------------------------------------
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        self._dir = tempfile.TemporaryDirectory(prefix="orcid-emulator-")
        port_file = os.path.join(self._dir.name, "port")
        self._stderr = open(os.path.join(self._dir.name, "stderr"), "w+")
        command = [self.python, str(EMULATOR), "--port-file", port_file, "--exit-with-parent"] + self.args
        self.process = subprocess.Popen(command,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr)
        deadline = time.monotonic() + self.start_timeout
        while not os.path.exists(port_file):
            if self.process.poll() is not None:
                err = self.log()
                self.stop()
                raise EmulatorError("the ORCID emulator exited with status %d before listening:\n%s"
                                    % (self.process.returncode, err))
            if time.monotonic() > deadline:
                self.stop()
                raise EmulatorError("the ORCID emulator did not write its port within %.0f s" % self.start_timeout)
            time.sleep(0.02)
        with open(port_file) as f:
            self.base_url = "http://127.0.0.1:%d" % int(f.read().strip())

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._dir is not None:
            self._final_log = self.log()
            self._stderr.close()
            self._dir.cleanup()
            self._dir = None

    def log(self):
        """The emulator's stderr so far (its access log with log=True; never headers or tokens)."""
        if self._dir is None:
            return self._final_log
        # A reader of its own: the child shares the write offset of self._stderr.
        with open(self._stderr.name, errors="replace") as f:
            return f.read()[-20000:]

    # ---- control API ------------------------------------------------------------------------
    def _control(self, method, path, payload=None):
        data = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            raise EmulatorError("emulator control %s %s answered %d: %s"
                                % (method, path, e.code, e.read().decode(errors="replace"))) from None

    def reset(self, records, tokens):
        """Forget everything; `tokens`: {token: {"client_id", "orcid", "scopes", ["client_name"]}}."""
        return self._control("POST", "/_emulator/reset", {"records": list(records), "tokens": tokens})

    def seed(self, orcid, client_id, type, xml, client_name=None):
        """An item from any source (no duplicate rules); returns its put-code."""
        payload = {"orcid": orcid, "client_id": client_id, "type": type, "xml": xml}
        if client_name is not None:
            payload["client_name"] = client_name
        return self._control("POST", "/_emulator/items", payload)["put_code"]

    def requests(self):
        return self._control("GET", "/_emulator/requests")

    def items(self, orcid):
        return self._control("GET", "/_emulator/items?orcid=" + orcid)["items"]

    def faults(self, after_requests, mode, count=1):
        """After `after_requests` API requests, the next `count` get `mode`: drop, drop_after, 500, 429."""
        return self._control("POST", "/_emulator/faults",
                             {"after_requests": after_requests, "mode": mode, "count": count})
