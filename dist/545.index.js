var pt=Object.defineProperty;var l=(se,H)=>pt(se,"name",{value:H,configurable:!0});const mt=545,ht=[545],gt={74545:((se,H,v)=>{v.r(H),v.d(H,{PERF_ARTIFACT:l(()=>U,"PERF_ARTIFACT"),perfCommand:l(()=>dt,"perfCommand"),perfStage:l(()=>lt,"perfStage"),runPerfStage:l(()=>ee,"runPerfStage")});var _=v(73024),X=v(48161),$=v(76760),O=v(36624),W=v(35713);function ne(t){return t.map(e=>({users:e.users,p95:e.total.p95,p99:e.total.p99}))}l(ne,"chartPoints");function re(t,e=5){if(!(t>0))return{top:1,step:.2};const r=t/e,n=10**Math.floor(Math.log10(r)),s=[1,2,5,10].map(o=>o*n).find(o=>o>=r);return{top:Math.ceil(t/s)*s,step:s}}l(re,"niceScale");function oe(t){return t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}l(oe,"escapeXml");function z(t){return Number.isInteger(t)?String(t):t.toFixed(1)}l(z,"fmt");const xe=[{key:"p95",label:"p95",color:"#0969da"},{key:"p99",label:"p99",color:"#cf222e"}];function Ce(t,e="Latency against concurrent users"){const s={left:64,right:24,top:40,bottom:56},o=640-s.left-s.right,a=360-s.top-s.bottom,d=t.flatMap(w=>[w.p95,w.p99]).filter(w=>w!==void 0),{top:f,step:c}=re(Math.max(0,...d)),i=t.map(w=>w.users),u=Math.min(...i),m=Math.max(...i),g=l(w=>s.left+(m===u?o/2:(w-u)/(m-u)*o),"x"),y=l(w=>s.top+a-w/f*a,"y"),h=[];h.push('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" font-family="sans-serif" font-size="12">'),h.push(`<title>${oe(e)}</title>`),h.push('<rect width="640" height="360" fill="#ffffff"/>'),h.push(`<text x="${s.left}" y="22" font-size="15" font-weight="bold">${oe(e)}</text>`);for(let w=0;w<=f+c/2;w+=c){const k=y(w).toFixed(1);h.push(`<line x1="${s.left}" y1="${k}" x2="${640-s.right}" y2="${k}" stroke="#d0d7de" stroke-width="1"/>`),h.push(`<text x="${s.left-8}" y="${k}" text-anchor="end" dominant-baseline="middle">${z(w)}</text>`)}h.push(`<line x1="${s.left}" y1="${s.top}" x2="${s.left}" y2="${s.top+a}" stroke="#24292f"/>`),h.push(`<line x1="${s.left}" y1="${s.top+a}" x2="${640-s.right}" y2="${s.top+a}" stroke="#24292f"/>`);for(const w of[...new Set(i)])h.push(`<text x="${g(w).toFixed(1)}" y="${s.top+a+18}" text-anchor="middle">${w}</text>`);return h.push(`<text x="${s.left+o/2}" y="348" text-anchor="middle">concurrent users</text>`),h.push(`<text x="16" y="${s.top+a/2}" text-anchor="middle" transform="rotate(-90 16 ${s.top+a/2})">latency (ms)</text>`),xe.forEach((w,k)=>{const N=t.filter(b=>b[w.key]!==void 0).map(b=>[g(b.users),y(b[w.key])]);N.length>1&&h.push(`<polyline fill="none" stroke="${w.color}" stroke-width="2" points="${N.map(([b,P])=>`${b.toFixed(1)},${P.toFixed(1)}`).join(" ")}"/>`);for(const[b,P]of N)h.push(`<circle cx="${b.toFixed(1)}" cy="${P.toFixed(1)}" r="3.5" fill="${w.color}"/>`);const E=640-s.right-120+k*60;h.push(`<rect x="${E}" y="${s.top-18}" width="12" height="3" fill="${w.color}"/>`),h.push(`<text x="${E+16}" y="${s.top-14}" dominant-baseline="middle">${w.label}</text>`)}),h.push("</svg>"),h.join(`
`)+`
`}l(Ce,"renderSvg");function be(t){const e=t.flatMap(s=>[s.p95,s.p99]).filter(s=>s!==void 0),{top:r}=re(Math.max(0,...e)),n=l(s=>`    line [${t.map(o=>z(o[s]??0)).join(", ")}]`,"line");return["```mermaid","xychart-beta",'    title "p95 (first line) and p99 latency against users"',`    x-axis "users" [${t.map(s=>`"${s.users}"`).join(", ")}]`,`    y-axis "latency (ms)" 0 --> ${z(r)}`,n("p95"),n("p99"),"```"].join(`
`)}l(be,"renderMermaid");var S=v(45201);function G(t){return t?t.max-t.min:0}l(G,"width");function ae(t,e,r,n,s,o){if(r===void 0||n===void 0)return;const a=(0,S.LI)(Math.max(o.tolerancePct/100*r,o.noiseFactor*s),1),d=(0,S.LI)(n-r,1),f=d>a?"regression":-d>a?"improvement":"same";return{users:t,endpoint:e,baseP95:r,p95:n,deltaMs:d,deltaPct:r>0?(0,S.LI)(d/r*100,1):0,thresholdMs:a,noiseMs:(0,S.LI)(s,1),verdict:f}}l(ae,"compareOne");function Te(t,e,r){const n=[];for(const s of t.stages){const o=e.stages.find(f=>f.users===s.users);if(!o)continue;const a=Math.max(G(s.p95Spread),G(o.p95Spread)),d=ae(s.users,void 0,o.total.p95,s.total.p95,a,r);d&&n.push(d);for(const f of s.endpoints){const c=o.endpoints.find(m=>m.name===f.name);if(!c)continue;const i=Math.max(G(f.p95Spread),G(c.p95Spread)),u=ae(s.users,f.name,c.measured.p95,f.measured.p95,i,r);u&&n.push(u)}}return n}l(Te,"compareResults");var ie=v(61541),ce=v(37391),C=v(95676);const ue=100;function le(t){const e=t.lastIndexOf(")");if(e<0)return;const r=t.slice(e+2).split(" "),n=Number(r[2]),s=Number(r[11])+Number(r[12]);return Number.isFinite(n)&&Number.isFinite(s)?{pgid:n,ticks:s}:void 0}l(le,"statTicks");function de(t,e="/proc"){let r;try{r=(0,_.readdirSync)(e)}catch{return}let n=0,s=!1;for(const o of r){if(!/^\d+$/.test(o))continue;let a;try{a=(0,_.readFileSync)(`${e}/${o}/stat`,"utf8")}catch{continue}const d=le(a);d&&d.pgid===t&&(n+=d.ticks,s=!0)}return s?n:void 0}l(de,"groupTicks");function pe(t,e,r,n){if(!(t===void 0||e===void 0||n<=0||e<t))return Math.round((e-t)/r/n*1e3)/10}l(pe,"percent");function fe(t,e="/proc"){return{async start(){const r=de(t,e),n=process.hrtime.bigint();return async()=>pe(r,de(t,e),ue,Number(process.hrtime.bigint()-n)/1e9)}}}l(fe,"processGroupCpu");function ke(t,e="/proc"){let r;try{r=Number((0,_.readFileSync)(t,"utf8").trim())}catch(o){return{reason:`cannot read ${t}: ${o.code??o.message}`}}if(!Number.isInteger(r)||r<=0)return{reason:`${t} does not hold a process id`};let n;try{n=(0,_.readFileSync)(`${e}/${r}/stat`,"utf8")}catch{return{reason:`process ${r} (from ${t}) is not running here`}}const s=le(n);return s?{meter:fe(s.pgid,e)}:{reason:`cannot read ${e}/${r}/stat`}}l(ke,"pidFileCpu");const Ne=`pid=$(cat "$1")
pgid=$(sed 's/.*) //' "/proc/$pid/stat" | cut -d' ' -f3)
total=0
for f in /proc/[0-9]*/stat; do
  read -r line < "$f" 2>/dev/null || continue
  set -- $(printf '%s' "\${line##*) }")
  [ "$3" = "$pgid" ] && total=$((total + \${12} + \${13}))
done
echo "$total $(getconf CLK_TCK)"
`;function Ee(t,e,r){const n=l(async()=>{const s=await t.run("read service CPU",Ne,[e],{timeoutMs:2e4}),[o,a]=s.stdout.trim().split(/\s+/).map(Number);if(s.code!==0||!Number.isFinite(o)||!a){r.warning(`service CPU not measured on ${t.target.label}: cannot read ${e} or /proc there (${(0,C.RT)(s.stderr||s.stdout,2)||`exit ${s.code}`})`);return}return{ticks:o,hz:a}},"read");return{async start(){const s=await n(),o=process.hrtime.bigint();return async()=>{const a=Number(process.hrtime.bigint()-o)/1e9,d=s?await n():void 0;return pe(s?.ticks,d?.ticks,s?.hz??ue,a)}}}}l(Ee,"remotePidFileCpu");class A extends Error{static{l(this,"K6Error")}name="K6Error"}function Pe(t=process.env.PATH??""){for(const e of t.split($.delimiter)){if(!e)continue;const r=$.join(e,process.platform==="win32"?"k6.exe":"k6");try{return(0,_.accessSync)(r,_.constants.X_OK),r}catch{}}}l(Pe,"findK6");const J=l(t=>t===void 0?void 0:(0,S.LI)(t,1),"ms1");function Re(t,e){let r;try{r=JSON.parse(t)}catch(o){throw new A(`${e}: k6 summary export is not JSON: ${o.message}`)}const n=r.metrics??{},s={};for(const[o,a]of Object.entries(n)){const d=/^http_req_duration\{(.+)\}$/.exec(o);if(!d||typeof a!="object"||a===null)continue;const f=d[1],c=f.split(",").map(w=>w.trim()),i=c.length===1&&/^name:/.test(c[0])?c[0].slice(5).trim():void 0,u=a,m=n[`http_reqs{${f}}`],g=n[`http_req_failed{${f}}`],y=m?.count??(g?(g.passes??0)+(g.fails??0):0),h=g?.passes??0;s[i??f]={requests:y,errors:h,errorRatePct:g?.value!==void 0?(0,S.LI)(g.value*100,3):y?(0,S.LI)(h/y*100,3):0,rps:(0,S.LI)(m?.rate??0,1),p50:J(u.med),p95:J(u["p(95)"]),p99:J(u["p(99)"])}}return s}l(Re,"parseK6Endpoints");function Ie(t,e){let r;try{r=JSON.parse(t)}catch(c){throw new A(`${e}: k6 summary export is not JSON: ${c.message}`)}const n=r.metrics,s=n?.http_req_duration;if(!n||!s||!n.http_reqs)throw new A(`${e}: k6 summary export has no http_req_duration / http_reqs metrics (did the script make HTTP requests?)`);const o=n.http_reqs.count??0,a=n.http_req_failed?.value??0,d=n.http_req_failed?.passes??Math.round(a*o),f=n.http_reqs.rate??0;return{users:n.vus_max?.max??n.vus_max?.value??0,seconds:r.state?.testRunDurationMs?(0,S.LI)(r.state.testRunDurationMs/1e3,2):f>0?(0,S.LI)(o/f,2):0,requests:o,errors:d,errorRatePct:(0,S.LI)(a*100,3),rps:(0,S.LI)(f,1),p50:s.med===void 0?void 0:(0,S.LI)(s.med,1),p95:s["p(95)"]===void 0?void 0:(0,S.LI)(s["p(95)"],1),p99:s["p(99)"]===void 0?void 0:(0,S.LI)(s["p(99)"],1)}}l(Ie,"parseK6Summary");async function Le(t,e,r,n){const s=e.k6ScriptPath,o=(0,_.mkdtempSync)($.join((0,X.tmpdir)(),"backend-ci-k6-")),a=$.join(o,"summary.json");try{n.info(`k6 run ${$.basename(s)} (BASE_URL=${r.origin})`);const d=await(0,C.mB)(t,["run","--quiet","--summary-trend-stats","avg,min,med,max,p(90),p(95),p(99)","--summary-export",a,s],{cwd:$.dirname(s),env:{...process.env,BASE_URL:r.origin+r.pathname.replace(/\/+$/,"")},timeoutMs:e.limits.maxTotalSeconds*1e3});if(d.timedOut)throw new A(`k6 was stopped after limits.maxTotalSeconds (${e.limits.maxTotalSeconds} s)`);let f;try{f=(0,_.readFileSync)(a,"utf8")}catch{throw new A(`k6 exited with ${d.code} and wrote no summary export:
${(0,C.RT)(d.stderr||d.stdout)}`)}d.code!==0&&n.warning(`k6 exited with ${d.code}${d.code===99?" (the script's own thresholds failed)":""}`);const c=Ie(f,$.basename(s)),i={...c,statusCodes:{}};delete i.users,delete i.seconds;const u=Object.entries(Re(f,$.basename(s))).map(([m,g])=>{const y={...g,statusCodes:{}};return{name:m,measured:y}});return{version:1,tool:"k6",engineNote:`k6 (${$.basename(s)}: its own stages, one row; per-endpoint rows from the sub-metrics its thresholds name)`,scenario:e.file,baseUrl:r.origin,createdAt:new Date().toISOString(),repeat:1,stages:[{users:c.users,seconds:c.seconds,total:i,runs:[i],endpoints:u}]}}finally{(0,_.rmSync)(o,{recursive:!0,force:!0})}}l(Le,"runK6");var Oe=v(77030);class me extends Error{static{l(this,"LocustCsvError")}name="LocustCsvError"}function Ue(t){const e=[];let r=[],n="",s=!1;for(let o=0;o<t.length;o++){const a=t[o];s?a==='"'&&t[o+1]==='"'?(n+='"',o++):a==='"'?s=!1:n+=a:a==='"'?s=!0:a===","?(r.push(n),n=""):a===`
`||a==="\r"?(a==="\r"&&t[o+1]===`
`&&o++,r.push(n),e.push(r),r=[],n=""):n+=a}return(n!==""||r.length)&&(r.push(n),e.push(r)),e}l(Ue,"parseCsv");const M=l(t=>{if(t===void 0||t===""||t==="N/A")return;const e=Number(t);return Number.isFinite(e)?e:void 0},"num"),je=["Type","Name","Request Count","Failure Count","Requests/s","50%","95%","99%","Average Content Size"];function qe(t,e){const[r,...n]=Ue(t);if(!r)throw new me(`${e}: empty Locust stats file`);const s=new Map(r.map((c,i)=>[c.trim(),i])),o=je.filter(c=>!s.has(c));if(o.length)throw new me(`${e}: not a Locust stats CSV (missing column${o.length>1?"s":""} ${o.map(c=>`'${c}'`).join(", ")})`);const a=l((c,i)=>c[s.get(i)],"get"),d=[];let f;for(const c of n){if(c.length<r.length)continue;const i=M(a(c,"Request Count"))??0,u=M(a(c,"Failure Count"))??0,m=l(h=>i-u>0||i>0?M(a(c,h)):void 0,"pick"),g={requests:i,errors:u,errorRatePct:i===0?0:(0,S.LI)(u/i*100,3),rps:(0,S.LI)(M(a(c,"Requests/s"))??0,1),p50:m("50%"),p95:m("95%"),p99:m("99%"),statusCodes:{}},y={method:a(c,"Type")??"",name:a(c,"Name")??"",measured:g,avgBytes:i>0?M(a(c,"Average Content Size")):void 0};y.name==="Aggregated"&&y.method===""?f=y:d.push(y)}return{rows:d,aggregated:f}}l(qe,"parseLocustStats");const Ae=String.raw`
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
`,Me=String.raw`
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
`;var he=v(96727),ge=v(83389);class j extends Error{static{l(this,"LocustError")}name="LocustError"}const V="@@backend-ci-locust-generators@@",Ke=`dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/generators"
printf '%s' "$1" > "$dir/backend_ci_locust.py"
printf '%s' "$2" > "$dir/locustfile.py"
printf '%s' "$3" > "$dir/endpoints.json"
code=0
BACKEND_CI_LOCUSTFILE="$dir/locustfile.py" BACKEND_CI_LOCUST_ENDPOINTS="$dir/endpoints.json" BACKEND_CI_LOCUST_OUT="$dir/generators" \\
  BACKEND_CI_LOCUST_ROLE="$4" BACKEND_CI_LOCUST_MAX="$5" BACKEND_CI_LOCUST_RPS="$6" BACKEND_CI_LOCUST_USERS="$7" PYTHONDONTWRITEBYTECODE=1 \\
  "$8" -f "$dir/backend_ci_locust.py" --worker --master-host "$9" --master-port "\${10}" --loglevel WARNING >&2 || code=$?
echo "${V}"
for f in "$dir"/generators/*.json; do [ -e "$f" ] && { cat "$f"; echo; }; done
exit $code
`;function De(t){const e=t.lastIndexOf(V);return e<0?[]:t.slice(e+V.length).split(`
`).filter(r=>r.trim()).map(r=>JSON.parse(r))}l(De,"remoteReports");function Be(){return new Promise((t,e)=>{const r=Oe.createServer();r.on("error",e),r.listen(0,"127.0.0.1",()=>{const{port:n}=r.address();r.close(()=>t(n))})})}l(Be,"freePort");function Fe(t){return(0,_.readdirSync)(t).filter(e=>e.endsWith(".json")).map(e=>JSON.parse((0,_.readFileSync)($.join(t,e),"utf8")))}l(Fe,"readReports");function He(t,e){const r=new ge.C,n=new ge.C;let s;const o={};for(const a of t)for(const d of a.endpoints)if(e(d.method,d.name)){for(const f of d.queries)r.add(f);for(const f of d.perfTime)n.add(f);d.maxQueries!==null&&(s=Math.max(s??-1/0,d.maxQueries));for(const[f,c]of Object.entries(d.status))o[f]=(o[f]??0)+c}return{maxQueries:s,p95Queries:r.percentile(95),p95PerfTimeMs:n.count>0?(0,S.LI)(n.percentile(95),2):void 0,statusCodes:o}}l(He,"headerMetrics");function $e(t,e,r){const n=He(e,r?()=>!0:(s,o)=>s===t.method&&o===t.name);return{...t.measured,...n,avgKB:t.avgBytes===void 0?void 0:(0,S.LI)(t.avgBytes/1024,2)}}l($e,"toMeasured");function We(t,e){const r=e.timedOut?"was stopped: it ran past its time":`exited with ${e.signal??`code ${e.code}`}`;return new j(`${t} ${r}:
${(0,C.RT)(e.stderr||e.stdout)}`)}l(We,"failure");async function we(t,e,r,n){const s=e.command??"locust",o=e.remoteWorkers??[],a=o.length?o.length:e.workers&&e.workers>1?e.workers:0,d=(0,_.mkdtempSync)($.join(n,"stage-")),f=$.join(d,"generators");(0,_.mkdirSync)(f);const c=$.join(n,"backend_ci_locust.py"),i=$.join(d,"locust_stats.csv"),u=Math.max(1,Math.ceil(r.seconds)),m={...process.env,BACKEND_CI_LOCUSTFILE:e.locustfile??$.join(n,"scenario_locustfile.py"),BACKEND_CI_LOCUST_ENDPOINTS:$.join(n,"endpoints.json"),BACKEND_CI_LOCUST_OUT:f,BACKEND_CI_LOCUST_STATS:i,BACKEND_CI_LOCUST_RPS:r.rps?String(r.rps):"",BACKEND_CI_LOCUST_USERS:String(r.users),BACKEND_CI_LOCUST_MAX:String(Math.ceil(t.limits.maxRequestsPerStage/Math.max(1,a))),PYTHONDONTWRITEBYTECODE:"1"},g=e.baseUrl.origin+e.baseUrl.pathname.replace(/\/+$/,""),y=["-f",c,"--headless","-u",String(r.users),"-r",String(r.users),"-t",`${u}s`,"--host",g];y.push("--only-summary","--loglevel","WARNING","--exit-code-on-error","0","--stop-timeout","0");const h=(u+t.timeoutSeconds+45)*1e3;let w,k=[];const N=e.masterHost??"127.0.0.1";try{if(!a)w=[await(0,C.mB)(s,y,{env:{...m,BACKEND_CI_LOCUST_ROLE:"local"},timeoutMs:h})];else{const p=await Be(),x=(0,C.mB)(s,[...y,"--master","--master-bind-host",N,"--master-bind-port",String(p),"--expect-workers",String(a),"--expect-workers-max-wait","30"],{env:{...m,BACKEND_CI_LOCUST_ROLE:"master"},timeoutMs:h+3e4}),te=o.length?o.map((T,F)=>T.run("locust worker",Ke,[(0,_.readFileSync)(c,"utf8"),(0,_.readFileSync)(m.BACKEND_CI_LOCUSTFILE,"utf8"),(0,_.existsSync)(m.BACKEND_CI_LOCUST_ENDPOINTS)?(0,_.readFileSync)(m.BACKEND_CI_LOCUST_ENDPOINTS,"utf8"):"{}",`worker-${F+1} (${T.target.kind==="ssh"?`${T.target.user}@${T.target.host}:${T.target.port}`:"this machine"})`,m.BACKEND_CI_LOCUST_MAX,m.BACKEND_CI_LOCUST_RPS??"",m.BACKEND_CI_LOCUST_USERS,s,N,String(p)],{timeoutMs:h+4e4})):Array.from({length:a},(T,F)=>(0,C.mB)(s,["-f",c,"--worker","--master-host",N,"--master-port",String(p),"--loglevel","WARNING"],{env:{...m,BACKEND_CI_LOCUST_ROLE:`worker-${F+1}`},timeoutMs:h+4e4}));w=await Promise.all([x,...te]),o.length&&(k=w.slice(1).flatMap((T,F)=>{const ve=De(T.stdout);return ve.length===0&&e.log.warning(`the Locust worker on ${o[F].target.label} sent no report back: ${(0,C.RT)(T.stderr||T.stdout,5)}`),ve}))}}catch(p){throw p instanceof C.oo?new j(`'${s}' was not found on PATH: install Locust (Debian: apt-get install python3-locust; elsewhere: pip install locust) or set perf.locustCommand`):p}const[E,...b]=w;if(E.code!==0||E.timedOut)throw We(a?"the Locust master":"Locust",E);if(b.forEach((p,x)=>{(p.code!==0||p.timedOut)&&e.log.warning(`Locust worker ${x+1} ${p.timedOut?"was stopped after its time":`exited with ${p.signal??`code ${p.code}`}`}: ${(0,C.RT)(p.stderr,3)}`)}),!(0,_.existsSync)(i))throw new j(`Locust wrote no stats file (${$.basename(i)}):
${(0,C.RT)(E.stderr||E.stdout)}`);const P=qe((0,_.readFileSync)(i,"utf8"),`Locust stats of ${r.label}`);e.csvDir&&r.keepAs&&((0,_.mkdirSync)(e.csvDir,{recursive:!0}),(0,_.copyFileSync)(i,$.join(e.csvDir,`${r.keepAs}_stats.csv`)));const q=[...Fe(f),...k],K=q.map(p=>({worker:p.role,requests:p.requests})).sort((p,x)=>p.worker.localeCompare(x.worker)),L=P.aggregated?$e(P.aggregated,q,!0):Ge(),D=K.reduce((p,x)=>p+x.requests,0);a&&D!==L.requests&&e.log.warning(`the Locust workers report ${D} requests, the master counted ${L.requests}: the master's numbers are used`);const B=new Map;for(const p of P.rows)B.set(p.name,(B.get(p.name)??0)+1);const Q={};for(const p of P.rows)Q[B.get(p.name)>1?`${p.method} ${p.name}`:p.name]=$e(p,q,!1);return{users:r.users,seconds:u,total:L,endpoints:Q,workers:a?K:void 0,mode:r.rps?"open":"closed",targetRps:r.rps}}l(we,"runLocustStage");function Ge(){return{requests:0,errors:0,errorRatePct:0,rps:0,statusCodes:{}}}l(Ge,"emptyMeasured");async function Qe(t,e){const r={...e,locustfile:e.locustfile??t.locustfilePath},n=(0,_.mkdtempSync)($.join((0,X.tmpdir)(),"backend-ci-locust-")),s=Date.now()+t.limits.maxTotalSeconds*1e3,o=r.workers&&r.workers>1?r.workers:0;try{if((0,_.writeFileSync)($.join(n,"backend_ci_locust.py"),Ae),r.locustfile)if((0,_.existsSync)(r.locustfile)){if(t.stages.some(c=>c.rps))throw new j(`${t.file}: stages with rps (open loop) run the scenario's endpoints; a locustfile decides its own pacing, so leave rps out or the locustfile`)}else throw new j(`locustfile ${r.locustfile} does not exist`);else{if(t.endpoints.length===0)throw new j(`${t.file}: no locustfile and no endpoints to make one from`);(0,_.writeFileSync)($.join(n,"scenario_locustfile.py"),Me);const c=r.baseUrl.pathname.replace(/\/+$/,""),i=t.endpoints.map(u=>({name:u.name,method:u.method,path:u.path,weight:u.weight,headers:u.headers,body:u.body}));(0,_.writeFileSync)($.join(n,"endpoints.json"),JSON.stringify({prefix:c,timeoutSeconds:t.timeoutSeconds,endpoints:i}))}const a=r.locustfile?$.basename(r.locustfile):"a locustfile made from the scenario endpoints",d=r.remoteWorkers?.length?`one worker on each of ${r.remoteWorkers.map(c=>c.target.label).join(", ")}`:`${o} workers on this machine`;if(r.log.info(`Locust: ${a}, ${o||r.remoteWorkers?.length?`master + ${d}`:"one process"}`),t.warmup.seconds>0){const c=t.warmup.users??t.stages[0].users;r.log.info(`warm-up: ${c} users for ${t.warmup.seconds} s (not measured)`),r.onProgress?.("warm-up"),await we(t,r,{users:c,seconds:t.warmup.seconds,label:"warm-up"},n)}const f=[];for(let c=0;c<t.repeat;c++){const i=[];for(const[u,m]of t.stages.entries()){if(Date.now()>=s)throw new he.e(`the load test reached limits.maxTotalSeconds (${t.limits.maxTotalSeconds} s) before run ${c+1}, stage ${u+1}`);const g=`run ${c+1}/${t.repeat}, stage ${u+1}/${t.stages.length}: ${m.rps?`${m.rps} req/s (open loop, ${m.users} users)`:`${m.users} users`} for ${m.seconds} s`;r.log.info(g),r.onProgress?.(g);const y=await r.cpu?.start(),h=await we(t,r,{users:m.users,seconds:m.seconds,rps:m.rps,label:g,keepAs:`run${c+1}-stage${u+1}-${m.users}users`},n);h.cpuPct=await y?.(),r.log.info(`  ${h.total.requests} requests, p95 ${h.total.p95??"-"} ms, p99 ${h.total.p99??"-"} ms, ${h.total.rps} req/s, errors ${h.total.errorRatePct}%`+(h.workers?` (${h.workers.map(w=>`${w.worker} ${w.requests}`).join(", ")})`:"")),i.push(h)}f.push(i)}return{version:1,tool:"locust",engineNote:`${r.remoteWorkers?.length?`Locust master + ${d}`:o?`Locust master + ${o} workers`:"Locust, one process"}, ${a}`,scenario:t.file,baseUrl:r.baseUrl.origin+r.baseUrl.pathname.replace(/\/+$/,""),createdAt:new Date().toISOString(),repeat:t.repeat,stages:(0,S.nB)(f)}}finally{(0,_.rmSync)(n,{recursive:!0,force:!0})}}l(Qe,"runLocust");var _e=v(75445),Xe=v(31421),ze=v(37067),Je=v(44708);class ye extends Error{static{l(this,"ServiceStartError")}name="ServiceStartError"}function Ve(t,e){const r=t.protocol==="https:"?Je:ze;return new Promise(n=>{const s=r.get(t,{timeout:e},o=>{o.resume(),n(o.statusCode)});s.on("timeout",()=>s.destroy()),s.on("error",()=>n(void 0))})}l(Ve,"probe");const Y=l(t=>new Promise(e=>setTimeout(e,t)),"sleep");async function Ye(t){const e=new URL(t.readyUrl),r=(0,Xe.spawn)(t.command,{cwd:t.cwd,env:t.env??process.env,shell:!0,detached:process.platform!=="win32",stdio:["ignore","pipe","pipe"]});let n="";const s=l(i=>{n=(n+i.toString("utf8")).slice(-16384)},"keep");r.stdout.on("data",s),r.stderr.on("data",s);let o;const a=new Promise(i=>{r.on("exit",(u,m)=>{o={code:u,signal:m},i()}),r.on("error",u=>{s(Buffer.from(String(u))),o={code:null,signal:null},i()})}),d={pid:r.pid??0,async stop(){o||((0,C.TP)(r.pid,"SIGTERM"),await Promise.race([a,Y(3e3)]),o||((0,C.TP)(r.pid,"SIGKILL"),await Promise.race([a,Y(2e3)])),(0,C.TP)(r.pid,"SIGKILL"))}};t.log.info(`starting the service: ${t.command} (waiting for ${e.href})`);const f=Date.now()+t.readyTimeoutSeconds*1e3;let c;for(;Date.now()<f;){if(o)throw await d.stop(),new ye(`the service command exited (${o.signal??`code ${o.code}`}) before ${e.href} answered:
${(0,C.RT)(n)}`);if(c=await Ve(e,2e3),c!==void 0&&c<400)return t.log.info(`service ready (${e.href} answered ${c})`),d;await Y(200)}throw await d.stop(),new ye(`${e.href} did not answer below 400 within ${t.readyTimeoutSeconds} s (last: ${c??"no answer"}); service output:
${(0,C.RT)(n)}`)}l(Ye,"startService");const Z=100,R=l(t=>t===void 0?"\u2013":String(t),"ms"),Se=l(t=>`${t.toFixed(t<10?2:1)}%`,"pct"),I=l((t,e="")=>t===void 0?"n/a":`${t}${e}`,"na");function Ze(t){const e=t.repeat>1,r=[`| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate |${e?` p95 over ${t.repeat} runs (min / median / max) |`:""} queries per request (max) | response (KB, avg) | service CPU (avg) |`,`|------:|---------:|---------:|-------------------:|-----------:|${e?"---:|":""}---:|---:|---:|`];for(const n of t.stages){const s=n.p95Spread?` ${n.p95Spread.min} / ${n.p95Spread.median} / ${n.p95Spread.max} |`:" \u2013 |";r.push(`| ${n.users} | ${R(n.total.p95)} | ${R(n.total.p99)} | ${n.total.rps} | ${Se(n.total.errorRatePct)} |${e?s:""} ${I(n.total.maxQueries)} | ${I(n.total.avgKB)} | ${I(n.cpuPct,"%")} |`)}return r.join(`
`)}l(Ze,"stageTable");function et(t){const e=t.stages.filter(s=>s.mode==="open");if(t.tool==="k6")return"Mode: as the k6 script sets it (its executors decide open or closed loop).";const r=t.stages.filter(s=>s.mode!=="open"),n=[];return r.length&&n.push(`Closed loop (each user sends its next request when the last one is answered; a slow service gets fewer requests, so waiting is not in the latency): ${r.map(s=>`${s.users} users`).join(", ")}.`),e.length&&n.push(`Open loop (a fixed arrival rate, sent whether or not earlier requests were answered; latency counted from each request's intended send time, so queueing is in it): ${e.map(s=>`${s.targetRps} req/s with ${s.users} ${t.tool==="locust"?"users":"connections at most"}`).join(", ")}.`),n.length?n.map(s=>`Mode: ${s}`).join(`
`):void 0}l(et,"modeNote");function tt(t){const e=t.stages.filter(n=>n.workers?.length);if(e.length===0)return;const r=[...new Set(e.flatMap(n=>n.workers.map(s=>s.worker)))];return[`| Users | ${r.join(" | ")} | counted by the master |`,`|---:|${r.map(()=>"---:|").join("")}---:|`,...e.map(n=>`| ${n.users} | ${r.map(s=>n.workers.find(o=>o.worker===s)?.requests??0).join(" | ")} | ${n.total.requests} |`)].join(`
`)}l(tt,"workerTable");function st(t){const e=[];for(const n of t.stages)for(const s of n.endpoints){const o=s.measured;e.push(`| ${s.name.replace(/\|/g,"\\|")} | ${n.users} | ${R(o.p50)} | ${R(o.p95)} | ${R(o.p99)} | ${o.rps} | ${Se(o.errorRatePct)} | ${R(o.maxQueries)} | ${R(o.p95PerfTimeMs)} | ${R(o.avgKB)} |`)}if(e.length===0)return;const r=e.slice(0,Z);return["| Endpoint | Users | p50 (ms) | p95 (ms) | p99 (ms) | req/s | error rate | max X-Query-Count | p95 X-Perf-Time-ms | KB (avg) |","|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",...r,...e.length>r.length?[`
_${e.length-r.length} more rows in results.json_`]:[]].join(`
`)}l(st,"endpointTable");function nt(t,e){const r=[],n=e.stages.filter(i=>t.stages.some(u=>u.users===i.users)),s=l((i,u,m="")=>`${I(i,m)} \xB7 ${I(u,m)}`,"both");n.length&&r.push([`Measured \xB7 ${e.label}:`,"","| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate | queries (max) | KB (avg) | CPU (avg) |","|---:|---:|---:|---:|---:|---:|---:|---:|",...n.map(i=>{const u=t.stages.find(m=>m.users===i.users);return`| ${i.users} | ${s(u.total.p95,i.p95Ms)} | ${s(u.total.p99,i.p99Ms)} | ${s(u.total.rps,i.rps)} | ${s(u.total.errorRatePct,i.errorRatePct,"%")} | ${s(u.total.maxQueries,i.queries)} | ${s(u.total.avgKB,i.kb)} | ${s(u.cpuPct,i.cpuPct,"%")} |`})].join(`
`));const o=e.before,a=e.after,d=Object.values(o).some(i=>i!==void 0),f=Object.values(a).some(i=>i!==void 0),c=t.stages.reduce((i,u)=>u.users>i.users?u:i,t.stages[0]);if((d||f)&&c){const i=l((u,m,g,y="")=>`| ${u} | ${I(o[m],y)} | ${I(a[m],y)} | ${I(g,y)} |`,"line");r.push([`| Metric | before (${e.label}) | after (${e.label}) | measured, ${c.users} users, all endpoints |`,"|---|---:|---:|---:|",i("p95 (ms)","p95Ms",c.total.p95),i("queries per request (max)","queries",c.total.maxQueries),i("response (KB, avg)","kb",c.total.avgKB),i("service CPU (avg)","cpuPct",c.cpuPct,"%")].join(`
`))}return r.length?r.join(`

`):void 0}l(nt,"referenceTables");function rt(t){const e=t.slice(0,Z),r=["| Users | Endpoint | base p95 (ms) | p95 (ms) | change | counts beyond (ms) | verdict |","|---:|---|---:|---:|---:|---:|---|"];for(const n of e){const s=n.deltaMs>0?"+":"",o=n.verdict==="regression"?"**regression**":n.verdict==="improvement"?"improvement":"within noise";r.push(`| ${n.users} | ${n.endpoint??"(all)"} | ${n.baseP95} | ${n.p95} | ${s}${n.deltaMs} ms (${s}${n.deltaPct}%) | ${n.thresholdMs} | ${o} |`)}return r.join(`
`)}l(rt,"comparisonTable");function ot(t){const{results:e,checks:r}=t,n=[];n.push(`Load by ${e.engineNote??e.tool} against ${e.baseUrl}, scenario \`${e.scenario}\`${e.repeat>1?`, ${e.repeat} runs per stage (medians shown)`:""}.`),n.push(Ze(e));const s=et(e);s&&n.push(s);const o=[e.stages.every(u=>u.cpuPct===void 0)?"service CPU (read for the service this stage starts with perf.start, or from perf.cpuPidFile)":"",e.stages.every(u=>u.total.maxQueries===void 0)?"queries (the service sent no X-Query-Count header)":"",e.stages.every(u=>u.total.avgKB===void 0)?"response size":""].filter(Boolean);o.length&&n.push(`n/a: not measured: ${o.join("; ")}.`);const a=t.reference?nt(e,t.reference):void 0;a&&n.push(a);const d=tt(e);d&&n.push(`Requests per Locust worker (all runs of a stage); the budgets apply to the total the master counted:

${d}`);const f=r.filter(u=>u.outcome==="failed"),c=r.filter(u=>u.outcome==="unmeasured");if(r.length>0){const u=f.length?`**Budgets: ${f.length} of ${r.length} failed**`:`Budgets: all ${r.length-c.length} checked passed`,m=[...f,...c].slice(0,Z).map(g=>`- ${g.outcome==="failed"?"\u274C":"\u26A0\uFE0F"} ${(0,W.c)(g)}`);n.push([u,...m].join(`
`))}else n.push("No budgets set: numbers are reported, not enforced.");t.comparisons&&t.comparisons.length>0?(n.push(`Compared with the base${t.baseNote?` (${t.baseNote})`:""}: a p95 counts as a regression when it grows by more than the larger of the tolerance and the noise between repeat runs.`),n.push(rt(t.comparisons))):t.baseNote&&n.push(`No comparison with the base: ${t.baseNote}.`);const i=st(e);return i&&n.push(`<details><summary>Per endpoint</summary>

${i}

</details>`),e.stages.length>0&&n.push(`<details><summary>p95 and p99 against users</summary>

${be(ne(e.stages))}

</details>`),n.join(`

`)+`
`}l(ot,"renderDetails");const U="perf-report";function at(t,e,r){if(e.baseUrl)return{url:e.baseUrl,from:`${e.file} baseUrl`};if(t.perf.url)return{url:t.perf.url,from:"perf.url (input 'perf-url')"};if(t.perf.start.readyUrl)return{url:new URL(t.perf.start.readyUrl).origin,from:"perf.start.readyUrl"};const n=r.get("deploy")?.data,s=typeof n?.url=="string"?n.url:void 0;if(s)return{url:s,from:"the deploy stage"};throw new O.x(`${e.file}: no URL to load-test; set baseUrl in the scenario, perf.url, or perf.start (command and readyUrl)`)}l(at,"targetUrl");async function it(t,e){if(t.perf.baseResults){const s=$.resolve(t.cwd,t.perf.baseResults);return(0,_.existsSync)(s)?{base:(0,S.x8)(s,t.perf.baseResults),note:t.perf.baseResults}:(e.log.warning(`perf.baseResults ${t.perf.baseResults} does not exist (looked at ${s}); nothing to compare with`),{note:`base results ${t.perf.baseResults} not found`})}const r=e.context.pullRequest;if(!r)return{note:"not a pull request and no perf.baseResults"};const n=(0,_.mkdtempSync)($.join((0,X.tmpdir)(),"backend-ci-perf-base-"));try{const o=await(await e.artifacts()).downloadLatest(U,n,{branch:r.baseRef}),a=o?$.join(o,"results.json"):void 0;return!a||!(0,_.existsSync)(a)?{note:`no '${U}' artifact on ${r.baseRef} yet`}:{base:(0,S.x8)(a,`${U} artifact of ${r.baseRef}`),note:`'${U}' artifact of ${r.baseRef}`}}catch(s){return e.log.warning(`could not fetch the base branch's perf results: ${s.message}`),{note:`the base branch's results could not be fetched (${s.message})`}}finally{(0,_.rmSync)(n,{recursive:!0,force:!0})}}l(it,"loadBase");function ct(t,e){const r=t.deploy.targets;if(r.length===0)throw new O.x("perf.workersOn is 'deploy-targets' but deploy.targets (input 'deploy-targets') is empty");const n=t.deploy.ssh;return r.map((s,o)=>(0,ce.g2)((0,ie.h)(s.target,`deploy.targets[${o}]`),{privateKey:n.privateKey,knownHosts:n.knownHosts,insecureIgnoreHostKey:n.insecureIgnoreHostKey},e.log))}l(ct,"openWorkerHosts");async function ut(t,e,r){const{config:n,host:s}=t;let o;const a=n.perf.start;if(a.command&&!a.readyUrl)throw new O.x("perf.start.command needs perf.start.readyUrl (input 'perf-ready-url'): the URL that answers once the service is up");const d=at(n,e,t.previous),f=(0,_e.xd)(d.url,e.allowRemote,d.from);let c;try{a.command&&(o=await Ye({command:a.command,cwd:n.cwd,readyUrl:a.readyUrl,readyTimeoutSeconds:a.readyTimeoutSeconds,log:s.log}));let i=o&&o.pid>0?fe(o.pid):void 0;if(!i&&n.perf.cpuPidFile?.startsWith("ssh://")){const g=(0,ie.h)(n.perf.cpuPidFile,"perf.cpuPidFile"),y=n.deploy.ssh;c=(0,ce.g2)(g,{privateKey:y.privateKey,knownHosts:y.knownHosts,insecureIgnoreHostKey:y.insecureIgnoreHostKey},s.log),i=Ee(c,g.path,s.log)}else if(!i&&n.perf.cpuPidFile){const g=ke($.resolve(n.cwd,n.perf.cpuPidFile));g.reason&&s.log.warning(`service CPU not measured: ${g.reason}`),i=g.meter}const u=l(g=>s.stageProgress("perf",g),"onProgress");if(n.perf.engine==="locust"){const g=n.perf.workersOn==="deploy-targets"?ct(n,s):void 0;try{return await Qe(e,{baseUrl:f,log:s.log,command:n.perf.locustCommand,locustfile:e.locustfilePath,workers:n.perf.workers,remoteWorkers:g,masterHost:n.perf.masterHost,cpu:i,csvDir:$.join(r,"locust"),onProgress:u})}finally{for(const y of g??[])await y.close()}}const m=e.k6ScriptPath?Pe():void 0;if(m)return await Le(m,e,f,s.log);if(e.k6ScriptPath){if(e.endpoints.length===0)throw new O.x(`${e.file}: k6Script is set but no k6 binary is on PATH, and there are no endpoints to load instead`);s.log.info("k6Script is set but no k6 binary is on PATH: running the scenario endpoints with autocannon")}if(e.endpoints.length===0)throw new O.x(`${e.file}: the scenario has a locustfile but no endpoints; set perf.engine: locust (input 'perf-engine') to run it, or list endpoints for autocannon`);return n.perf.workers>1&&s.log.warning("perf.workers applies to perf.engine: locust; autocannon runs in this process"),await(0,he.G)(e,{baseUrl:f,log:s.log,onProgress:u,cpu:i})}finally{await c?.close(),await o?.stop()}}l(ut,"measure");async function ee(t){const{config:e,host:r}=t;if(!e.perf.scenario)throw new O.x("the perf stage needs a scenario file: set perf.scenario in backend-ci.yml or the 'perf-scenario' input");const n=(0,_e.df)($.resolve(e.cwd,e.perf.scenario),e.workspace),s=$.join(r.resultsDir,"perf");(0,_.mkdirSync)(s,{recursive:!0});const o=await ut(t,n,s);r.context.sha&&(o.sha=r.context.sha);const a=(0,W.N)(o.stages,n.budgets,n.endpoints),{base:d,note:f}=await it(e,r),c=d?Te(o,d,{tolerancePct:e.perf.tolerancePct,noiseFactor:e.perf.noiseFactor}):[],i=$.join(s,"results.json"),u=$.join(s,"p95.svg");(0,_.writeFileSync)(i,JSON.stringify(o,null,2)+`
`),(0,_.writeFileSync)(u,Ce(ne(o.stages)));const m=ot({results:o,checks:a,comparisons:c,baseNote:f,reference:n.reference});if((0,_.writeFileSync)($.join(s,"summary.md"),m),e.perf.uploadReport)try{const p=await r.artifacts(),x=$.join(s,"locust"),te=(0,_.existsSync)(x)?(0,_.readdirSync)(x).map(T=>$.join(x,T)):[];await p.upload(U,[i,u,$.join(s,"summary.md"),...te],s,{})}catch(p){r.log.warning(`could not upload the '${U}' artifact: ${p.message}`)}const g=a.filter(p=>p.outcome==="failed"),y=a.filter(p=>p.outcome==="unmeasured"),h=c.filter(p=>p.verdict==="regression"),w=$.relative(e.workspace,$.resolve(e.cwd,e.perf.scenario)).split($.sep).join("/"),k=[...g.map(p=>({level:"error",title:"Perf budget",message:(0,W.c)(p),file:w,line:n.budgetsLine})),...h.map(p=>({level:e.perf.failOnRegression?"error":"warning",title:"Perf regression",message:`p95 ${p.p95} ms vs base ${p.baseP95} ms at ${p.users} users${p.endpoint?` (${p.endpoint})`:""}: +${p.deltaMs} ms, beyond ${p.thresholdMs} ms`,file:w}))].slice(0,10),N=o.stages.map(p=>p.total.p95).filter(p=>p!==void 0),E=N.length?String(Math.max(...N)):"",b=o.stages.reduce((p,x)=>p+x.total.requests,0),P=o.stages.reduce((p,x)=>p+x.total.errors,0),q=b===0?0:(0,S.LI)(P/b*100,3),K=o.stages.reduce((p,x)=>x.users>p.users?x:p,o.stages[0]),L=[`p95 ${K?.total.p95??"\u2013"} ms at ${K?.users??0} users`,`error rate ${q}%`];g.length&&L.push(`${g.length} budget${g.length>1?"s":""} failed: ${(0,W.c)(g[0])}`),h.length&&L.push(`${h.length} p95 regression${h.length>1?"s":""} vs base`),y.length&&L.push(`${y.length} budget${y.length>1?"s":""} unchecked`);const D=g.length>0||h.length>0&&e.perf.failOnRegression,B=!D&&(h.length>0||y.length>0),Q={results:o,checks:a,comparisons:c,resultsFile:i,chartFile:u};return{status:D?"failed":B?"warned":"passed",headline:L.join("; "),details:m,outputs:{"perf-p95-ms":E,"perf-error-rate":String(q)},annotations:k,data:Q}}l(ee,"runPerfStage");const lt={name:"perf",run:ee};async function dt(t,e){e.stageStarted("perf");const r=Date.now();let n;try{n=await e.group("perf",()=>ee({config:t,host:e,previous:new Map}))}catch(o){if(o instanceof O.x)return e.log.error(o.message),2;n={status:"failed",headline:o.message.split(`
`)[0],details:"```\n"+o.message+"\n```\n"}}const s={...n,stage:"perf",durationMs:Date.now()-r,outputs:n.outputs??{},annotations:n.annotations??[]};for(const[o,a]of Object.entries(s.outputs))e.setOutput(o,a);for(const o of s.annotations)e.annotate(o);return await e.appendSummary(`## perf: ${s.headline}

${s.details??""}
`),e.stageFinished(s),s.status==="failed"?1:0}l(dt,"perfCommand")})};export{mt as id,ht as ids,gt as modules};
