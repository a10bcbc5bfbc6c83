// The Python that backend-ci hands to Locust as its locustfile. It loads the real locustfile (the user's, or
// the one generated from the scenario) from the path in BACKEND_CI_LOCUSTFILE, so the user's file runs
// unchanged, and adds what Locust's own CSV does not have: the X-Query-Count / X-Perf-Time-ms headers and the
// status codes per request name, and how many requests each load generator (process or worker) made. Each
// generator writes its own JSON file into BACKEND_CI_LOCUST_OUT when it quits; the master makes no requests.
// Values reach this code only through the environment and JSON files, never pasted into its source.
export const LOCUST_PLUGIN = String.raw`
import importlib.util
import inspect
import json
import os
import random
import sys

import locust.runners
from locust import events
from locust.stats import PERCENTILES_TO_REPORT, StatsCSV
from locust.user.users import User

# Debian's python3-locust reports an empty version, and a master takes a worker that sends an empty version
# for a pre-2.0 one and refuses it. Master and workers run this same file, so they agree on a stand-in.
if not locust.runners.__version__:
    locust.runners.__version__ = "0.0.0+backend-ci"

_target = os.environ["BACKEND_CI_LOCUSTFILE"]
sys.path.insert(0, os.path.dirname(os.path.abspath(_target)))
_spec = importlib.util.spec_from_file_location("backend_ci_user_locustfile", _target)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
# The scenario's stages decide users and time, so a load shape in the file is left out.
for _name, _value in vars(_module).items():
    if inspect.isclass(_value) and issubclass(_value, User) and not getattr(_value, "abstract", False):
        globals()[_name] = _value
del _name, _value

_CAP = 100000
_MAX = int(os.environ.get("BACKEND_CI_LOCUST_MAX", "0") or 0)
_stats = {}
_total = [0]
_env = [None]


@events.init.add_listener
def _on_init(environment, **kwargs):
    _env[0] = environment


def _header_number(response, name):
    if response is None:
        return None
    try:
        value = response.headers.get(name)
    except Exception:
        return None
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _keep(samples, seen, value):
    # Reservoir sampling keeps memory bounded and the sample uniform.
    if len(samples) < _CAP:
        samples.append(value)
    else:
        j = random.randrange(seen)
        if j < _CAP:
            samples[j] = value


@events.request.add_listener
def _on_request(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    key = request_type + " " + name
    s = _stats.get(key)
    if s is None:
        s = _stats[key] = {"method": request_type, "name": name, "requests": 0, "bytes": 0, "status": {}, "queries": [], "queriesSeen": 0, "maxQueries": None, "perfTime": [], "perfTimeSeen": 0}
    s["requests"] += 1
    _total[0] += 1
    if _MAX and _total[0] == _MAX and _env[0] is not None and _env[0].runner is not None:
        # limits.maxRequestsPerStage: this generator's share is spent, so its users stop.
        import gevent
        gevent.spawn(_env[0].runner.stop)
    s["bytes"] += response_length or 0
    status = getattr(response, "status_code", None) if response is not None else None
    code = str(status) if status else ("error" if exception is not None else "0")
    s["status"][code] = s["status"].get(code, 0) + 1
    q = _header_number(response, "X-Query-Count")
    if q is not None:
        s["queriesSeen"] += 1
        _keep(s["queries"], s["queriesSeen"], q)
        s["maxQueries"] = q if s["maxQueries"] is None else max(s["maxQueries"], q)
    t = _header_number(response, "X-Perf-Time-ms")
    if t is not None:
        s["perfTimeSeen"] += 1
        _keep(s["perfTime"], s["perfTimeSeen"], t)


@events.quitting.add_listener
def _on_quitting(environment, **kwargs):
    stats_file = os.environ.get("BACKEND_CI_LOCUST_STATS")
    if stats_file and not isinstance(environment.runner, locust.runners.WorkerRunner):
        # Locust's --csv file is rewritten once a second and can miss the last second of a run; this is the
        # same table from Locust's own writer, taken when the run is over (and the workers' last reports are in).
        import csv
        with open(stats_file, "w", newline="") as f:
            StatsCSV(environment, PERCENTILES_TO_REPORT).requests_csv(csv.writer(f))
    out = os.environ.get("BACKEND_CI_LOCUST_OUT")
    if not out or isinstance(environment.runner, locust.runners.MasterRunner):
        return
    role = os.environ.get("BACKEND_CI_LOCUST_ROLE", "local")
    # The role names a host ("worker-1 (deploy@web1:22)"); the file name keeps to safe characters.
    path = os.path.join(out, "%s-%d.json" % ("".join(c if c.isalnum() or c in "-_." else "_" for c in role), os.getpid()))
    with open(path + ".tmp", "w") as f:
        json.dump({"role": role, "pid": os.getpid(), "requests": _total[0], "endpoints": list(_stats.values())}, f)
    os.replace(path + ".tmp", path)
`;

// The locustfile made from a scenario's endpoints: one user class that walks the endpoints by weight. Closed
// loop by default: no wait between requests, each user sends when its last answer came. With
// BACKEND_CI_LOCUST_RPS set, open loop: each user sends its share of the rate on a fixed schedule without
// waiting for answers, and reports each request's latency from its intended send time (no coordinated
// omission), through Locust's own request event so Locust's stats hold it. The endpoints come from JSON.
export const SCENARIO_LOCUSTFILE = String.raw`
import json
import os
import random
import time

import gevent
import requests
from requests.adapters import HTTPAdapter
from locust import HttpUser, constant, task

with open(os.environ["BACKEND_CI_LOCUST_ENDPOINTS"]) as _f:
    _CONFIG = json.load(_f)
_ENDPOINTS = _CONFIG["endpoints"]
_WEIGHTS = [e["weight"] for e in _ENDPOINTS]
_RPS = float(os.environ.get("BACKEND_CI_LOCUST_RPS") or 0)
_USERS = max(1, int(os.environ.get("BACKEND_CI_LOCUST_USERS") or 1))


class ScenarioUser(HttpUser):
    wait_time = constant(0)

    def on_start(self):
        if _RPS:
            self._session = requests.Session()
            self._session.mount("http://", HTTPAdapter(pool_maxsize=100))
            self._session.mount("https://", HTTPAdapter(pool_maxsize=100))

    @task
    def scenario_endpoint(self):
        if _RPS:
            self._open_loop()
            return
        e = random.choices(_ENDPOINTS, weights=_WEIGHTS)[0]
        self.client.request(e["method"], _CONFIG["prefix"] + e["path"], name=e["name"], headers=e.get("headers") or None,
                            data=e.get("body"), timeout=_CONFIG["timeoutSeconds"], allow_redirects=False)

    def _open_loop(self):
        interval = _USERS / _RPS
        # Users start at random offsets within one interval, so their schedules interleave.
        start = time.perf_counter() + random.random() * interval
        n = 0
        while True:
            intended = start + n * interval
            delay = intended - time.perf_counter()
            if delay > 0:
                gevent.sleep(delay)
            gevent.spawn(self._send, random.choices(_ENDPOINTS, weights=_WEIGHTS)[0], intended)
            n += 1

    def _send(self, e, intended):
        response = None
        exception = None
        length = 0
        try:
            response = self._session.request(e["method"], self.host + _CONFIG["prefix"] + e["path"], headers=e.get("headers") or None,
                                             data=e.get("body"), timeout=_CONFIG["timeoutSeconds"], allow_redirects=False)
            length = len(response.content or b"")
            if response.status_code >= 400:
                exception = Exception("HTTP %d" % response.status_code)
        except Exception as err:
            exception = err
        self.environment.events.request.fire(request_type=e["method"], name=e["name"], response_time=(time.perf_counter() - intended) * 1000,
                                             response_length=length, response=response, exception=exception, context={})
`;
