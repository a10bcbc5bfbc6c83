var Z=Object.defineProperty;var t=(N,j)=>Z(N,"name",{value:j,configurable:!0});const te=521,se=[521],ne={43919:((N,j,S)=>{S.d(j,{$R:t(()=>o,"$R"),$T:t(()=>C,"$T"),AE:t(()=>a,"AE"),Cp:t(()=>M,"Cp"),Ev:t(()=>c,"Ev"),Lg:t(()=>l,"Lg"),Lr:t(()=>r,"Lr"),Mj:t(()=>A,"Mj"),P4:t(()=>P,"P4"),Q8:t(()=>i,"Q8"),TD:t(()=>x,"TD"),VP:t(()=>T,"VP"),bG:t(()=>n,"bG"),jk:t(()=>b,"jk"),lj:t(()=>e,"lj"),oH:t(()=>y,"oH"),p7:t(()=>O,"p7"),pF:t(()=>E,"pF"),qo:t(()=>s,"qo"),s7:t(()=>h,"s7"),xx:t(()=>g,"xx"),yL:t(()=>d,"yL"),zh:t(()=>k,"zh")});const L=`(
steps="$1/.backend-ci/steps"
[ -d "$steps" ] || exit 0
for f in "$steps"/*; do
  [ -f "$f" ] || continue
  pid=$(basename "$f")
  [ "$pid" = "$PPID" ] && continue
  group=; name=; release=
  read -r group name release < "$f" || true
  if [ -n "$group" ] && kill -0 -- "-$group" 2>/dev/null; then
    printf 'STEP\\t%s\\t%s\\t%s\\n' "$group" "$name" "$release"
  elif [ -d "/proc/$pid" ]; then
    printf 'STEP\\t%s\\t%s\\t%s\\n' "$pid" "$name" "$release"
  else
    rm -f "$f"
  fi
done
)`,x=`
mkdir -p "$1/.backend-ci"
lock="$1/.backend-ci/lock"
if mkdir "$lock" 2>/dev/null; then
  printf '%s\\n' "$2" > "$lock/owner.json.tmp"
  mv "$lock/owner.json.tmp" "$lock/owner.json"
  echo ACQUIRED
else
  echo HELD
  now=$(date +%s)
  born=$(stat -c %Y "$lock" 2>/dev/null || echo "$now")
  echo $(( now - born ))
  cat "$lock/owner.json" 2>/dev/null || true
  echo
  ${L}
fi
`,i=`
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
[ "$current" = "$2" ] || exit 3
stale="$lock.stale.$$"
mv "$lock" "$stale" 2>/dev/null || exit 3
rm -rf "$stale"
`,h=`
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
case "$current" in
  *"\\"token\\":\\"$2\\""*) rm -rf "$lock"; echo RELEASED ;;
  *) echo NOT_OURS ;;
esac
`,g=`
lock="$1/.backend-ci/lock"
cat "$lock/owner.json" 2>/dev/null || true
rm -rf "$lock"
`,C=`
mkdir -p "$1/.backend-ci"
printf '%s\\n' "$2" >> "$1/.backend-ci/log.jsonl"
`,E=`
if [ ! -d "$1" ]; then echo NOROOT; exit 0; fi
cd "$1"
printf 'CURRENT\\t%s\\n' "$(readlink current 2>/dev/null || true)"
if [ -d releases ]; then
  for d in releases/*/; do
    [ -d "$d" ] || continue
    id=$(basename "$d")
    meta=$(tr -d '\\n' < "$d.release.json" 2>/dev/null || true)
    printf 'RELEASE\\t%s\\t%s\\n' "$id" "$meta"
  done
fi
# What a crashed run may have left: its journal, snapshots, uploads and temporary links. Read while another
# run may be changing them (a lock attempt reads the state too), so a file gone meanwhile is skipped, not fatal.
for f in .backend-ci/journal/*.jsonl; do
  [ -f "$f" ] || continue
  id=$(basename "$f" .jsonl)
  while IFS= read -r line; do printf 'JOURNAL\\t%s\\t%s\\n' "$id" "$line"; done < "$f" 2>/dev/null || true
done
for d in backups/*/; do
  [ -d "$d" ] || continue
  id=$(basename "$d")
  file=; when=
  for f in "$d"db.sqlite3 "$d"db.pgdump; do
    if [ -f "$f" ]; then file=$(basename "$f"); when=$(stat -c %Y "$f" 2>/dev/null || true); fi
  done
  printf 'BACKUP\\t%s\\t%s\\t%s\\n' "$id" "$file" "$when"
done
for f in .backend-ci/incoming/* .current.tmp.* .backend-ci/lock.stale.*; do
  [ -e "$f" ] || [ -L "$f" ] || continue
  printf 'DEBRIS\\t%s\\n' "$f"
done
`,y=`
mkdir -p "$1/releases" "$1/.backend-ci/incoming"
cat > "$1/.backend-ci/incoming/$2.tar.gz.part"
mv "$1/.backend-ci/incoming/$2.tar.gz.part" "$1/.backend-ci/incoming/$2.tar.gz"
`,P=`
rel="$1/releases/$2"
arc="$1/.backend-ci/incoming/$2.tar.gz"
if [ -e "$rel" ]; then echo "release folder $rel already exists" >&2; exit 1; fi
mkdir "$rel"
printf '%s\\n' "$3" > "$rel/.release.json"
tar --no-same-owner --extract --gzip --file "$arc" --directory "$rel" --exclude=./.release.json --exclude=.release.json
rm -f "$arc"
`,A=`
rel="$1/releases/$2"
[ -d "$rel" ] || { echo "release folder $rel does not exist" >&2; exit 1; }
printf '%s\\n' "$3" > "$rel/.release.json.tmp"
mv "$rel/.release.json.tmp" "$rel/.release.json"
`,T=`
root="$1"; rel="$1/releases/$2"; shift 2
for p in "$@"; do
  if [ ! -e "$root/shared/$p" ]; then
    echo "shared path '$p' is listed in deploy.sharedPaths but $root/shared/$p does not exist on this target; create it there first" >&2
    exit 1
  fi
done
for p in "$@"; do
  rm -rf "\${rel:?}/$p"
  mkdir -p "$(dirname "$rel/$p")"
  ln -s "$root/shared/$p" "$rel/$p"
done
`,M=`
rel="$1/releases/$2"
cd "$rel"
export RELEASE_ID="$2" RELEASE_PATH="$rel" DEPLOY_PATH="$1"
exec bash -euo pipefail -c "$3"
`,O=`
[ -f "$1/releases/$2/.release.json" ] || { echo "release $2 is missing or incomplete on this target" >&2; exit 1; }
tmp="$1/.current.tmp.$$"
ln -sfn "releases/$2" "$tmp"
mv -T "$tmp" "$1/current"
`,b=`
root="$1"; shift
for id in "$@"; do
  rm -rf "$root/releases/$id" "$root/backups/$id"
done
`,e=`
rm -rf "$1/releases/$2" "$1/.backend-ci/incoming/$2.tar.gz" "$1/.backend-ci/incoming/$2.tar.gz.part" "$1/backups/$2" "$1/.backend-ci/journal/$2.jsonl"
`,r=`
root="$1"; shift
for p in "$@"; do
  case "$p" in
    *..*) echo "refusing to remove '$p'" >&2; exit 1 ;;
    .backend-ci/incoming/*|.current.tmp.*|.backend-ci/lock.stale.*|backups/*|.backend-ci/journal/*.jsonl) rm -rf "\${root:?}/$p" ;;
    *) echo "refusing to remove '$p'" >&2; exit 1 ;;
  esac
done
`,l=`
rm -f "$1/.backend-ci/journal/$2.jsonl"
`,p=`command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed on this target; install the 'sqlite3' package (apt-get install sqlite3): backend-ci snapshots SQLite with its online backup API" >&2; exit 127; }`,d=`
${p}
dir="$1/backups/$2"
mkdir -p "$dir"
if [ ! -f "$3" ]; then echo ABSENT; exit 0; fi
sqlite3 -cmd ".timeout 15000" "$3" ".backup '$dir/db.sqlite3'"
stat -c %s "$dir/db.sqlite3"
`,s=`
${p}
snap="$1/backups/$2/db.sqlite3"
if [ "$4" = ABSENT ]; then
  rm -f "$3" "$3-wal" "$3-shm" "$3-journal"
  echo REMOVED
  exit 0
fi
[ -f "$snap" ] || { echo "snapshot $snap is missing" >&2; exit 1; }
sqlite3 -cmd ".timeout 15000" "$3" ".restore '$snap'"
echo RESTORED
`,f=`
IFS= read -r PGHOST || true; IFS= read -r PGPORT || true; IFS= read -r PGUSER || true
IFS= read -r PGPASSWORD || true; IFS= read -r PGDATABASE || true; IFS= read -r PGSSLMODE || true
for v in PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSSLMODE; do
  if [ -n "\${!v}" ]; then export "\${v?}"; else unset "$v"; fi
done
`,o=`
command -v pg_dump >/dev/null || { echo "pg_dump is not installed on this target; install the 'postgresql-client' package" >&2; exit 127; }
${f}
dir="$1/backups/$2"
mkdir -p "$dir"
pg_dump --format=custom --file="$dir/db.pgdump"
stat -c %s "$dir/db.pgdump"
`,k=`
command -v pg_restore >/dev/null && command -v psql >/dev/null || { echo "pg_restore and psql are needed on this target; install the 'postgresql-client' package" >&2; exit 127; }
${f}
snap="$1/backups/$2/db.pgdump"
[ -f "$snap" ] || { echo "snapshot $snap is missing" >&2; exit 1; }
{ printf 'DROP SCHEMA IF EXISTS public CASCADE;\\nCREATE SCHEMA public;\\n'; pg_restore --no-owner --file=- "$snap"; } \\
  | psql -X -q -v ON_ERROR_STOP=1 --single-transaction --output=/dev/null
echo RESTORED
`,c=`
for tool in tar mkdir ln mv readlink stat; do
  command -v "$tool" >/dev/null || { echo "'$tool' is not installed on this target" >&2; exit 127; }
done
mkdir -p "$1"
[ -w "$1" ] || { echo "deploy path $1 is not writable" >&2; exit 1; }
echo OK
`,n=`
lock="$1/.backend-ci/lock"
[ -d "$lock" ] || exit 0
now=$(date +%s)
echo $(( now - $(stat -c %Y "$lock" 2>/dev/null || echo "$now") ))
cat "$lock/owner.json" 2>/dev/null || true
echo
${L}
`,a=`
root="$1"; release="$2"; step="$3"; body="$4"; shift 4
read -r -a st < /proc/$$/stat
parent=\${st[3]}; group=\${st[4]}
journal=
if [ -n "$release" ]; then
  mkdir -p "$root/.backend-ci/journal"
  journal="$root/.backend-ci/journal/$release.jsonl"
fi
note() {
  [ -n "$journal" ] || return 0
  # Only the intent opens a journal: a step that closed its release's journal (the final records) ends there.
  [ "$1" = intent ] || [ -f "$journal" ] || return 0
  printf '{"step":"%s","phase":"%s","time":"%s","group":%s%s}\\n' "$step" "$1" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$group" "\${2:-}" >> "$journal"
  sync "$journal" 2>/dev/null || true
}
steps="$root/.backend-ci/steps"
if mkdir -p "$steps" 2>/dev/null; then
  printf '%s %s %s\\n' "$group" "$step" "$release" > "$steps/$$" 2>/dev/null || steps=
else
  steps=
fi
note intent
exec 3<&0
bash -c "set -euo pipefail
$body" backend-ci "$@" <&3 3<&- &
child=$!
exec 3<&-
# wait -n returns as soon as the step or the fifth-of-a-second sleeper ends, so a quick step is not slowed down.
code=
while [ -z "$code" ]; do
  sleep 0.2 & sleeper=$!
  which=
  wait -n -p which "$child" "$sleeper"; status=$?
  if [ "$which" = "$child" ]; then
    code=$status
    kill "$sleeper" 2>/dev/null || true
    wait "$sleeper" 2>/dev/null || true
    break
  fi
  # A step that ended just before wait -n began is not always reported by it (bash 5.2): ask for it by pid.
  if ! kill -0 "$child" 2>/dev/null; then
    wait "$child"; code=$?
    break
  fi
  read -r -a st < /proc/$$/stat
  if [ "\${st[3]}" != "$parent" ]; then
    note orphaned
    [ -n "$steps" ] && rm -f "$steps/$$"
    kill -KILL 0
  fi
done
if [ "$code" = 0 ]; then note done; else note failed ",\\"code\\":$code"; fi
[ -n "$steps" ] && rm -f "$steps/$$"
exit "$code"
`}),37391:((N,j,S)=>{S.d(j,{Pv:t(()=>O,"Pv"),g2:t(()=>f,"g2"),FN:t(()=>d,"FN"),e2:t(()=>k,"e2")});var L=S(31421),x=S(73024),i=S(48161),h=S(76760),g=S(95676);function C(c){if(c.includes("\0"))throw new Error("a shell argument cannot contain a NUL byte");return`'${c.split("'").join("'\\''")}'`}t(C,"shellQuote");var E=S(43919);function y(c,n,a,w,u){const $=n.replace(/[^A-Za-z0-9 ._-]/g,"-");return[c.path,u.journal??"",$,P+a,...w]}t(y,"supervised");const P=`set -euo pipefail
`,A=10*6e4;class T extends Error{static{t(this,"StepFailedError")}step;target;result;name="StepFailedError";constructor(n,a,w,u){const $=w.timedOut?"timed out":`exited with ${w.code??w.signal}`,m=(0,g.RT)(`${w.stderr}
${w.stdout}`.trim(),15);super(`${n} on ${a} ${$}${u?`: ${u}`:""}${m?`
${m}`:""}`),this.step=n,this.target=a,this.result=w}}class M extends Error{static{t(this,"HostKeyError")}name="HostKeyError"}async function O(c,n,a,w,u){const $=await c.run(n,a,w,u);if($.code!==0)throw new T(n,c.target.label,$);return $}t(O,"mustRun");class b{static{t(this,"LocalTransport")}target;sessions=0;constructor(n){this.target=n}run(n,a,w,u={}){return this.sessions++,(0,g.mB)("bash",["-c",E.AE,"backend-ci",...y(this.target,n,a,w,u)],{input:u.input,timeoutMs:u.timeoutMs??A})}async close(){}}let e;function r(){if(e===void 0){e=null;for(const c of(process.env.PATH??"/usr/bin:/bin").split(":").concat(["/usr/bin","/bin"]))try{(0,x.accessSync)(h.join(c,"setpriv"),x.constants.X_OK),e=h.join(c,"setpriv");break}catch{}}return e??void 0}t(r,"setpriv");function l(c){const n=r();return n?{command:n,args:["--pdeathsig","KILL","--","ssh",...c]}:{command:"ssh",args:c}}t(l,"sshCommand");class p{static{t(this,"SshTransport")}target;log;dir;options;destination;socket;master;ready;closed=!1;share;sessions=0;constructor(n,a,w){this.target=n,this.log=w,s(),this.dir=(0,x.mkdtempSync)(h.join((0,i.tmpdir)(),`bci-ssh-${process.pid}-`));const u=["-F","/dev/null","-o","BatchMode=yes","-o","ConnectTimeout=15","-o","ServerAliveInterval=15"];if(a.privateKey){const $=h.join(this.dir,"key"),m=a.privateKey.endsWith(`
`)?a.privateKey:`${a.privateKey}
`;(0,x.writeFileSync)($,m,{mode:384}),u.push("-i",$,"-o","IdentitiesOnly=yes")}if(a.insecureIgnoreHostKey)u.push("-o","StrictHostKeyChecking=no","-o","UserKnownHostsFile=/dev/null","-o","LogLevel=ERROR");else{const $=h.join(this.dir,"known_hosts");(0,x.writeFileSync)($,a.knownHosts??"",{mode:384}),u.push("-o","StrictHostKeyChecking=yes","-o",`UserKnownHostsFile=${$}`,"-o","GlobalKnownHostsFile=/dev/null")}this.socket=h.join(this.dir,"cm"),this.share=a.shareConnection!==!1,this.options=u,this.destination=["-p",String(n.port),`${n.user}@${n.host}`]}connect(){return this.ready??=new Promise(n=>{const a=l([...this.options,"-o","ControlMaster=yes","-o",`ControlPath=${this.socket}`,"-o","ControlPersist=no","-N",...this.destination]),w=Date.now();let u="";const $=(0,L.spawn)(a.command,a.args,{stdio:["ignore","ignore","pipe"]});this.master=$,$.stderr.setEncoding("utf8").on("data",v=>u=(u+v).slice(-8e3));let m=!1;const R=t(v=>{m||(m=!0,clearInterval(_),(0,x.rmSync)(h.join(this.dir,"key"),{force:!0}),(0,x.rmSync)(h.join(this.dir,"known_hosts"),{force:!0}),n(v))},"finish");$.on("exit",(v,H)=>R({command:"ssh",args:[],code:v??255,signal:H,stdout:"",stderr:u,timedOut:!1,durationMs:Date.now()-w})),$.on("error",v=>R({command:"ssh",args:[],code:255,signal:null,stdout:"",stderr:v.message,timedOut:!1,durationMs:Date.now()-w}));const _=setInterval(()=>{try{(0,x.accessSync)(this.socket),R(void 0)}catch{}},25)}),this.ready}async run(n,a,w,u={}){if(this.closed)throw new Error(`SSH transport to ${this.target.label} is closed`);const m=(this.share?await this.connect():void 0)??await this.session(n,a,w,u);if(m.code===255&&/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(m.stderr))throw new M(`the SSH host key of ${this.target.host}:${this.target.port} is not in the known hosts given by input 'ssh-known-hosts' (deploy.ssh.knownHosts) or does not match it; nothing was changed on ${this.target.label}. Add the server's key (ssh-keyscan -p ${this.target.port} ${this.target.host}, verified out of band) or, only for throwaway hosts, set deploy.ssh.insecureIgnoreHostKey`);return m}session(n,a,w,u){this.sessions++;const $=["exec","bash","-c",C(E.AE),"backend-ci",...y(this.target,n,a,w,u).map(C)].join(" "),m=this.share?["-o","ControlMaster=no","-o",`ControlPath=${this.socket}`]:["-o","ControlMaster=no","-o","ControlPath=none"],R=l([...this.options,...m,...this.destination,"--",$]);return(0,g.mB)(R.command,R.args,{input:u.input,timeoutMs:u.timeoutMs??A})}async close(){if(this.closed)return;this.closed=!0;const n=this.master;if(n&&n.exitCode===null&&n.signalCode===null){const a=new Promise(u=>n.once("exit",u));n.kill("SIGTERM");const w=setTimeout(()=>n.kill("SIGKILL"),5e3);await a,clearTimeout(w)}n?.stderr?.destroy();try{(0,x.rmSync)(this.dir,{recursive:!0,force:!0})}catch(a){this.log.warning(`removing ${this.dir} failed: ${a.message}`)}}}function d(c){try{return process.kill(c,0),!0}catch(n){return n.code==="EPERM"}}t(d,"processAlive");function s(){let c;try{c=(0,x.readdirSync)((0,i.tmpdir)())}catch{return}for(const n of c){const a=/^bci-ssh-(\d+)-/.exec(n);a&&Number(a[1])!==process.pid&&!d(Number(a[1]))&&(0,x.rmSync)(h.join((0,i.tmpdir)(),n),{recursive:!0,force:!0})}}t(s,"removeKeysOfDeadRuns");function f(c,n,a){return c.kind==="local"?new b(c):new p(c,n,a)}t(f,"openTransport");const o="__backend_ci_part_end__";async function k(c,n,a,w){const u=[],$=[];a.forEach((_,v)=>{u.push(`part${v}() {
${_.script}
}`)}),a.forEach((_,v)=>{u.push(`( part${v} "\${@:${$.length+1}:${_.args.length}}" )`,`echo ${o}`),$.push(..._.args)});const R=(await O(c,n,u.join(`
`),$,w)).stdout.split(`${o}
`);return a.map((_,v)=>R[v]??"")}t(k,"runParts")}),35713:((N,j,S)=>{S.d(j,{N:t(()=>g,"N"),c:t(()=>C,"c")});const L={p95Ms:"p95",p99Ms:"p99",errorRatePct:"error rate",maxQueries:"queries per request",maxPerfTimeMs:"p95 X-Perf-Time-ms",minRps:"throughput"},x={p95Ms:" ms",p99Ms:" ms",errorRatePct:" %",maxQueries:"",maxPerfTimeMs:" ms",minRps:" req/s"};function i(E,y){switch(E){case"p95Ms":return y.p95;case"p99Ms":return y.p99;case"errorRatePct":return y.errorRatePct;case"maxQueries":return y.maxQueries;case"maxPerfTimeMs":return y.p95PerfTimeMs;case"minRps":return y.rps}}t(i,"actualFor");function h(E,y,P,A,T){const M=[];for(const O of Object.keys(L)){const b=A[O];if(b===void 0)continue;const e=i(O,T);let r;e===void 0?r=O==="maxQueries"||O==="maxPerfTimeMs"?"unmeasured":"failed":r=(O==="minRps"?e>=b:e<=b)?"passed":"failed",M.push({scope:E,users:y,endpoint:P,metric:O,limit:b,actual:e,outcome:r})}return M}t(h,"check");function g(E,y,P){const A=[];for(const T of E){A.push(...h(`${T.users} users`,T.users,void 0,y,T.total));for(const M of P){const O=T.endpoints.find(b=>b.name===M.name)?.measured;O&&A.push(...h(`${T.users} users, ${M.name}`,T.users,M.name,M.budgets,O))}}return A}t(g,"checkBudgets");function C(E){const y=L[E.metric],P=x[E.metric];if(E.outcome==="unmeasured"){const M=E.metric==="maxQueries"?"X-Query-Count":"X-Perf-Time-ms";return`${y} not measured: no response carried ${M} (${E.scope}); budget ${E.limit}${P} unchecked`}const A=E.actual===void 0?"not measured":`${E.actual}${P}`;if(E.outcome==="passed")return`${y} ${A} within budget ${E.limit}${P} (${E.scope})`;const T=E.metric==="minRps"?"under the minimum":"over budget";return`${y} ${A} ${T} ${E.limit}${P} (${E.scope})`}t(C,"describeCheck")}),45201:((N,j,S)=>{S.d(j,{LI:t(()=>g,"LI"),nB:t(()=>M,"nB"),vk:t(()=>h,"vk"),x8:t(()=>O,"x8")});var L=S(73024),x=S(36624),i=S(83389);class h{static{t(this,"Recorder")}latency;queries;perfTime;bytes=0;sized=0;responses=0;noResponse=0;errors=0;statusCodes={};constructor(e){this.latency=new i.C(e),this.queries=new i.C(e),this.perfTime=new i.C(e)}response(e,r,l,p,d){this.responses++,d!==void 0&&(this.bytes+=d,this.sized++),this.statusCodes[e]=(this.statusCodes[e]??0)+1,e>=400&&this.errors++,this.latency.add(r),l!==void 0&&this.queries.add(l),p!==void 0&&this.perfTime.add(p)}failure(e){this.errors++,this.noResponse++,this.statusCodes[e]=(this.statusCodes[e]??0)+1}measured(e){const r=this.responses+this.noResponse;return{requests:r,errors:this.errors,errorRatePct:r===0?0:g(this.errors/r*100,3),rps:e>0?g(this.responses/e,1):0,p50:C(this.latency.percentile(50)),p95:C(this.latency.percentile(95)),p99:C(this.latency.percentile(99)),maxQueries:this.queries.count>0?this.queries.max:void 0,p95Queries:this.queries.percentile(95),p95PerfTimeMs:this.perfTime.count>0?g(this.perfTime.percentile(95),2):void 0,avgKB:this.sized>0?g(this.bytes/this.sized/1024,2):void 0,statusCodes:{...this.statusCodes}}}}function g(b,e=1){const r=10**e;return Math.round(b*r)/r}t(g,"round");function C(b){return b===void 0?void 0:g(b,1)}t(C,"roundMaybe");function E(b){if(b.length===0)return;const e=[...b].sort((l,p)=>l-p),r=Math.floor(e.length/2);return e.length%2?e[r]:(e[r-1]+e[r])/2}t(E,"median");function y(b){const e=b.filter(r=>r!==void 0);if(e.length!==0)return{min:Math.min(...e),median:g(E(e),1),max:Math.max(...e)}}t(y,"spreadOf");function P(b){const e=t((s,f=1)=>{const o=E(b.map(s).filter(k=>k!==void 0));return o===void 0?void 0:g(o,f)},"med"),r=b.reduce((s,f)=>s+f.requests,0),l=b.reduce((s,f)=>s+f.errors,0),p={};for(const s of b)for(const[f,o]of Object.entries(s.statusCodes))p[f]=(p[f]??0)+o;const d=b.map(s=>s.maxQueries).filter(s=>s!==void 0);return{requests:r,errors:l,errorRatePct:r===0?0:g(l/r*100,3),rps:e(s=>s.rps)??0,p50:e(s=>s.p50),p95:e(s=>s.p95),p99:e(s=>s.p99),maxQueries:d.length?Math.max(...d):void 0,p95Queries:e(s=>s.p95Queries),p95PerfTimeMs:e(s=>s.p95PerfTimeMs,2),avgKB:e(s=>s.avgKB,2),statusCodes:p}}t(P,"combineRuns");function A(b){const e=E(b.filter(r=>r!==void 0));return e===void 0?void 0:g(e,1)}t(A,"med1");function T(b){const e=new Map;for(const r of b)for(const l of r??[])e.set(l.worker,(e.get(l.worker)??0)+l.requests);return e.size?[...e].map(([r,l])=>({worker:r,requests:l})):void 0}t(T,"sumWorkers");function M(b){const e=b[0]?.length??0,r=[];for(let l=0;l<e;l++){const p=b.map(s=>s[l]).filter(Boolean),d=[...new Set(p.flatMap(s=>Object.keys(s.endpoints)))];r.push({users:p[0].users,seconds:g(E(p.map(s=>s.seconds))??0,2),total:P(p.map(s=>s.total)),p95Spread:y(p.map(s=>s.total.p95)),runs:p.map(s=>s.total),cpuPct:A(p.map(s=>s.cpuPct)),workers:T(p.map(s=>s.workers)),mode:p[0].mode,targetRps:p[0].targetRps,endpoints:d.map(s=>{const f=p.map(o=>o.endpoints[s]).filter(o=>o!==void 0);return{name:s,measured:P(f),p95Spread:y(f.map(o=>o.p95))}})})}return r}t(M,"combineStages");function O(b,e=b){let r;try{r=JSON.parse((0,L.readFileSync)(b,"utf8"))}catch(p){throw new x.x(`${e}: cannot read perf results: ${p.message}`)}const l=r;if(!l||l.version!==1||!Array.isArray(l.stages))throw new x.x(`${e}: not a backend-ci perf results file (expected "version": 1 and a "stages" list)`);return l}t(O,"readResults")}),96727:((N,j,S)=>{S.d(j,{e:t(()=>O,"e"),G:t(()=>b,"G")});var L=S(88174),x=S(45201);const i=100;function h(e,r=i){const l=e.reduce((o,k)=>o+k,0),p=e.map(o=>Math.max(1,Math.round(o/l*r))),d=p.reduce((o,k)=>o+k,0),s=p.map(()=>0),f=[];for(let o=0;o<d;o++){let k=0;for(let c=0;c<p.length;c++)s[c]+=p[c],s[c]>s[k]&&(k=c);s[k]-=d,f.push(k)}return f}t(h,"weightedCycle");function g(e,r){for(const[l,p]of Object.entries(e)){if(l.toLowerCase()!==r)continue;const d=Number(Array.isArray(p)?p[p.length-1]:p);return Number.isFinite(d)?d:void 0}}t(g,"headerNumber");function C(e){const r=e.baseUrl.pathname.replace(/\/+$/,""),l=new x.vk(e.sampleCap),p=e.endpoints.map(()=>new x.vk(e.sampleCap));let d;const s=e.endpoints.map((k,c)=>({method:k.method,path:r+k.path,headers:Object.keys(k.headers).length?Object.fromEntries(Object.entries(k.headers).filter(n=>n[1]!==void 0)):void 0,body:k.body,onResponse:t((n,a,w,u)=>{d={index:c,status:n,headers:u,bytes:Buffer.byteLength(a??"")}},"onResponse")})),f=h(e.endpoints.map(k=>k.weight)).map(k=>s[k]);let o=0;return new Promise((k,c)=>{let n=!1;const a=L({url:e.baseUrl.origin,connections:e.users,duration:e.seconds,maxOverallRequests:Math.max(e.maxRequests,e.users),timeout:e.timeoutSeconds,pipelining:1,requests:f,setupClient:t(u=>{const $=Math.floor(o++*f.length/e.users)%f.length;u.setRequests([...f.slice($),...f.slice(0,$)])},"setupClient")},(u,$)=>{if(clearTimeout(w),n)return;if(n=!0,u)return c(u);const m=$.duration>0?$.duration:e.seconds,R={};e.endpoints.forEach((_,v)=>{R[_.name]=p[v].measured(m)}),k({users:e.users,seconds:m,total:l.measured(m),endpoints:R})}),w=setTimeout(()=>a.stop(),(e.seconds+e.timeoutSeconds+5)*1e3);a.on("response",(u,$,m,R)=>{const _=d;d=void 0;const v=_?g(_.headers,"x-query-count"):void 0,H=_?g(_.headers,"x-perf-time-ms"):void 0;l.response($,R,v,H,_?.bytes),_&&p[_.index].response($,R,v,H,_.bytes),l.responses%500===0&&e.onProgress?.(l.responses),l.responses>=e.maxRequests&&a.stop()}),a.on("reqError",u=>{l.failure(/timed out/i.test(u.message)?"timeout":"connection error")})})}t(C,"runStage");var E=S(37067),y=S(44708),P=S(643);const A=2e4;function T(e){const r=Array.isArray(e)?e[e.length-1]:e;if(r===void 0)return;const l=Number(r);return Number.isFinite(l)?l:void 0}t(T,"open_loop_headerNumber");function M(e){const r=e.baseUrl.protocol==="https:"?y:E,l=new r.Agent({keepAlive:!0,maxSockets:e.users}),p=e.baseUrl.pathname.replace(/\/+$/,""),d=new x.vk(e.sampleCap),s=e.endpoints.map(()=>new x.vk(e.sampleCap)),f=h(e.endpoints.map(c=>c.weight)),o=Math.min(e.maxRequests,Math.max(1,Math.floor(e.rps*e.seconds))),k=1e3/e.rps;return new Promise(c=>{const n=P.performance.now();let a=0,w=0,u=!1,$;const m=new Map,R=t(()=>{if(u)return;u=!0,$&&clearTimeout($),clearTimeout(Y);for(const[I,q]of m)H(q,"timeout"),I.destroy();l.destroy();const D=Math.max(e.seconds,(P.performance.now()-n)/1e3),K={};e.endpoints.forEach((I,q)=>{K[I.name]=s[q].measured(D)}),c({users:e.users,seconds:Math.round(D*100)/100,total:d.measured(D),endpoints:K,mode:"open",targetRps:e.rps})},"finish"),_=t(()=>{a>=o&&w===0&&R()},"settle"),v=t((D,K)=>{const I=f[D%f.length],q=e.endpoints[I];if(w>=A){d.failure("not sent: backlog"),s[I].failure("not sent: backlog");return}w++;let z=!1;const W=t(U=>{z||u||(z=!0,w--,m.delete(F),U(),d.responses%500===0&&e.onProgress?.(d.responses),_())},"end"),J=Object.fromEntries(Object.entries(q.headers).filter(U=>U[1]!==void 0)),F=r.request({protocol:e.baseUrl.protocol,hostname:e.baseUrl.hostname,port:e.baseUrl.port,method:q.method,path:p+q.path,headers:J,agent:l,timeout:e.timeoutSeconds*1e3},U=>{let G=0;U.on("data",B=>{G+=B.length}),U.on("end",()=>W(()=>{const B=P.performance.now()-K,X=T(U.headers["x-query-count"]),V=T(U.headers["x-perf-time-ms"]);d.response(U.statusCode??0,B,X,V,G),s[I].response(U.statusCode??0,B,X,V,G)})),U.on("error",()=>W(()=>H(I,"connection error")))});m.set(F,I),F.on("timeout",()=>F.destroy(new Error("timed out"))),F.on("error",U=>W(()=>H(I,/timed out/i.test(U.message)?"timeout":"connection error"))),q.body!==void 0?F.end(q.body):F.end()},"fire"),H=t((D,K)=>{d.failure(K),s[D].failure(K)},"fail"),Q=t(()=>{const D=P.performance.now();for(;a<o&&n+a*k<=D;)v(a,n+a*k),a++;a<o?$=setTimeout(Q,Math.max(0,n+a*k-P.performance.now())):_()},"tick"),Y=setTimeout(R,(e.seconds+e.timeoutSeconds+1)*1e3);Q()})}t(M,"runOpenStage");class O extends Error{static{t(this,"LoadLimitError")}name="LoadLimitError"}async function b(e,r){const p=Date.now()+e.limits.maxTotalSeconds*1e3,d=t(()=>(p-Date.now())/1e3,"remaining"),s={baseUrl:r.baseUrl,endpoints:e.endpoints,maxRequests:e.limits.maxRequestsPerStage,timeoutSeconds:e.timeoutSeconds,sampleCap:r.sampleCap};if(e.warmup.seconds>0){const o=e.warmup.users??e.stages[0].users;r.log.info(`warm-up: ${o} users for ${e.warmup.seconds} s (not measured)`),r.onProgress?.("warm-up"),await C({...s,users:o,seconds:e.warmup.seconds})}const f=[];for(let o=0;o<e.repeat;o++){const k=[];for(const[c,n]of e.stages.entries()){const a=Math.min(n.seconds,d());if(a<=0)throw new O(`the load test reached limits.maxTotalSeconds (${e.limits.maxTotalSeconds} s) before run ${o+1}, stage ${c+1}`);const w=`run ${o+1}/${e.repeat}, stage ${c+1}/${e.stages.length}: ${n.rps?`${n.rps} req/s (open loop, at most ${n.users} connections)`:`${n.users} users`} for ${a} s`;r.log.info(w),r.onProgress?.(w);const u=await r.cpu?.start(),$=t(R=>r.onProgress?.(`${w} (${R} responses)`),"onProgress"),m=n.rps?await M({...s,users:n.users,rps:n.rps,seconds:a,onProgress:$}):{...await C({...s,users:n.users,seconds:a,onProgress:$}),mode:"closed"};m.cpuPct=await u?.(),r.log.info(`  ${m.total.requests} requests, p95 ${m.total.p95??"-"} ms, p99 ${m.total.p99??"-"} ms, ${m.total.rps} req/s, errors ${m.total.errorRatePct}%`),k.push(m)}f.push(k)}return{version:1,tool:"autocannon",engineNote:e.stages.every(o=>o.rps)?"the built-in open-loop load (node:http)":"autocannon",scenario:e.file,baseUrl:r.baseUrl.origin+r.baseUrl.pathname.replace(/\/+$/,""),createdAt:new Date().toISOString(),repeat:e.repeat,stages:(0,x.nB)(f)}}t(b,"runScenario")}),83389:((N,j,S)=>{S.d(j,{C:t(()=>x,"C")});const L=1e5;class x{static{t(this,"BoundedSample")}cap;random;values;kept=0;count=0;max=-1/0;min=1/0;sum=0;sorted=!0;constructor(h=L,g=Math.random){this.cap=h,this.random=g,this.values=new Float64Array(h)}add(h){if(Number.isFinite(h)){if(this.count++,this.sum+=h,h>this.max&&(this.max=h),h<this.min&&(this.min=h),this.kept<this.cap)this.values[this.kept++]=h;else{const g=Math.floor(this.random()*this.count);if(g>=this.cap)return;this.values[g]=h}this.sorted=!1}}percentile(h){if(this.kept===0)return;const g=this.values.subarray(0,this.kept);this.sorted||(g.sort(),this.sorted=!0);const C=Math.ceil(h/100*this.kept);return g[Math.min(this.kept,Math.max(1,C))-1]}mean(){return this.count===0?void 0:this.sum/this.count}}}),75445:((N,j,S)=>{S.d(j,{df:t(()=>b,"df"),xd:t(()=>p,"xd")});var L=S(76760),x=S(13919),i=S(7279),h=S(36624);const g={totalSeconds:600,users:1e3,requestsPerStage:1e6,repeat:10},C=["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"],E={p95Ms:(0,i.bu)({doc:"Highest allowed p95 latency.",min:0,unit:"ms"}),p99Ms:(0,i.bu)({doc:"Highest allowed p99 latency.",min:0,unit:"ms"}),errorRatePct:(0,i.bu)({doc:"Highest allowed share of failed requests (status >= 400, timeouts, connection errors).",min:0,max:100,unit:"percent"}),maxQueries:(0,i.bu)({doc:"Highest allowed X-Query-Count header on any response.",min:0,integer:!0}),maxPerfTimeMs:(0,i.bu)({doc:"Highest allowed p95 of the X-Perf-Time-ms header (time the service says it spent).",min:0,unit:"ms"}),minRps:(0,i.bu)({doc:"Lowest allowed throughput.",min:0,unit:"requests per second"})},y=(0,i.WL)(E,{doc:"Budgets; each one unset is reported, not enforced."}),P=(0,i.WL)({name:(0,i.gx)({doc:"Name shown in the report (default: method and path)."}),method:(0,i.yL)(C,{doc:"HTTP method.",default:"GET"}),path:(0,i.gx)({doc:'Path on the base URL, starting with a single "/" (never a full URL: the load only goes to the base URL).',pattern:/^\/(?!\/)[^\s]*$/,patternDoc:'a path starting with a single "/" and no spaces (a full URL is not allowed: requests only go to the base URL)'}),weight:(0,i.bu)({doc:"Relative share of requests.",min:.001,max:1e3,default:1}),headers:(0,i.g1)((0,i.gx)({doc:"a header value"}),{doc:"Request headers."}),body:(0,i.gx)({doc:"Request body (sent as is)."}),budgets:y},{doc:"An endpoint."}),A=(0,i.WL)({users:(0,i.bu)({doc:"Concurrent users (connections).",min:1,max:g.users,integer:!0}),seconds:(0,i.bu)({doc:"How long this stage runs.",min:.5,max:g.totalSeconds,unit:"seconds"}),rps:(0,i.bu)({doc:"Open loop: send this many requests per second on schedule, answered or not, and count latency from each one's intended send time; users is then the most connections at once.",min:.1,max:1e5,unit:"requests per second"})},{doc:"A stage of the load."}),T={p95Ms:(0,i.bu)({doc:"p95 latency.",min:0,unit:"ms"}),p99Ms:(0,i.bu)({doc:"p99 latency.",min:0,unit:"ms"}),rps:(0,i.bu)({doc:"Throughput.",min:0,unit:"requests per second"}),errorRatePct:(0,i.bu)({doc:"Error rate.",min:0,max:100,unit:"percent"}),queries:(0,i.bu)({doc:"Queries per request.",min:0}),kb:(0,i.bu)({doc:"Response size.",min:0,unit:"KB"}),cpuPct:(0,i.bu)({doc:"Service CPU, average.",min:0,unit:"percent"})},M=(0,i.WL)({label:(0,i.gx)({doc:'Where the numbers come from, e.g. "sprint 2025-11-19 (simulated)".',default:"reference"}),stages:(0,i.c3)((0,i.WL)({users:(0,i.bu)({doc:"Users of the stage these numbers are for.",min:1,max:g.users,integer:!0}),...T},{doc:"Reference numbers for one stage."}),{doc:"Per stage, matched by users."}),before:(0,i.WL)(T,{doc:"A before-the-fix column (the sprint's comparison table)."}),after:(0,i.WL)(T,{doc:"An after-the-fix column."})},{doc:"Numbers shown beside the measured ones (never budgets)."}),O=(0,i.WL)({baseUrl:(0,i.gx)({doc:"Where the service answers. Default: the started service's ready URL origin, perf.url, or the deployed URL."}),allowRemote:(0,i.lc)({doc:"Allow a base URL that is not loopback. Off by default: a load test is for your own services, and a typo must not aim it at someone else's.",default:!1}),warmup:(0,i.WL)({seconds:(0,i.bu)({doc:"Warm-up load before the measured stages (not reported).",min:0,max:60,default:0,unit:"seconds"}),users:(0,i.bu)({doc:"Users during warm-up (default: the first stage's).",min:1,max:g.users,integer:!0})},{doc:"Warm-up."}),stages:(0,i.c3)(A,{doc:"Stages of concurrent users, e.g. 10, 50, 100."}),endpoints:(0,i.c3)(P,{doc:"Endpoints with weights."}),budgets:y,reference:M,repeat:(0,i.bu)({doc:"Run every stage this many times and report the spread (min/median/max).",min:1,max:g.repeat,integer:!0,default:1}),timeoutSeconds:(0,i.bu)({doc:"A request slower than this counts as an error.",min:.1,max:120,default:10,unit:"seconds"}),locustfile:(0,i.gx)({doc:"The locustfile perf.engine 'locust' runs (relative to this file). Without it, one is made from the endpoints."}),k6Script:(0,i.gx)({doc:"A k6 script to run instead of the built-in load when a k6 binary is on PATH (relative to this file)."}),limits:(0,i.WL)({maxTotalSeconds:(0,i.bu)({doc:`Longest the whole load may take, warm-up and repeats included (at most ${g.totalSeconds}).`,min:1,max:g.totalSeconds,default:120,unit:"seconds"}),maxRequestsPerStage:(0,i.bu)({doc:`Most requests one stage may send (at most ${g.requestsPerStage}).`,min:1,max:g.requestsPerStage,integer:!0,default:2e5})},{doc:"Hard caps."})},{doc:"perf scenario"});function b(d,s){let f;try{f=(0,x.gM)(d,s)}catch(m){throw m.code==="ENOENT"?new h.x(`perf scenario ${L.relative(s,d)||d} does not exist (looked at ${d})`):m}const o=O.parse(f,""),k=L.relative(s,d)||d,c=t(m=>f.entries?.get(m)?.keyOrigin.describe()??k,"where");if(o.stages.length===0)throw new h.x(`${c("stages")}: 'stages' must list at least one stage, e.g. [{ users: 10, seconds: 10 }]`);if(o.endpoints.length===0&&!o.k6Script&&!o.locustfile)throw new h.x(`${c("endpoints")}: 'endpoints' must list at least one endpoint, e.g. [{ path: /health }]`);const n=f.entries?.get("stages")?.items??[];o.stages.forEach((m,R)=>{const _=n[R]?.origin.describe()??c("stages");if(m.users===void 0)throw new h.x(`${_}: 'stages[${R}].users' is required (concurrent users, 1 to ${g.users})`);if(m.seconds===void 0)throw new h.x(`${_}: 'stages[${R}].seconds' is required (how long the stage runs)`)});const a=f.entries?.get("endpoints")?.items??[],w=new Set,u=o.endpoints.map((m,R)=>{const _=a[R]?.origin.describe()??c("endpoints");if(!m.path)throw new h.x(`${_}: 'endpoints[${R}].path' is required (a path such as /api/posts/)`);const v=m.name??`${m.method} ${m.path}`;if(w.has(v))throw new h.x(`${_}: 'endpoints[${R}].name' '${v}' is used twice; names must be unique`);return w.add(v),{...m,name:v,path:m.path}}),$=e(o);if($>o.limits.maxTotalSeconds)throw new h.x(`${c("stages")}: the load would run ${$} s (warm-up + stages, times repeat ${o.repeat}), over limits.maxTotalSeconds ${o.limits.maxTotalSeconds}; shorten the stages or lower repeat`);return o.baseUrl!==void 0&&p(o.baseUrl,o.allowRemote,c("baseUrl")),{...o,endpoints:u,file:k,locustfilePath:o.locustfile?L.resolve(L.dirname(d),o.locustfile):void 0,k6ScriptPath:o.k6Script?L.resolve(L.dirname(d),o.k6Script):void 0,budgetsLine:f.entries?.get("budgets")?.keyOrigin?.line}}t(b,"loadScenario");function e(d){return(d.warmup.seconds+d.stages.reduce((s,f)=>s+(f.seconds??0),0))*d.repeat}t(e,"plannedSeconds");const r=new Set(["localhost","127.0.0.1","[::1]","::1"]);function l(d){return r.has(d)||/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(d)||d.endsWith(".localhost")}t(l,"isLoopback");function p(d,s,f){let o;try{o=new URL(d)}catch{throw new h.x(`${f}: base URL must be an absolute http(s) URL such as http://127.0.0.1:8000, got '${d}'`)}if(o.protocol!=="http:"&&o.protocol!=="https:")throw new h.x(`${f}: base URL must use http or https, got '${o.protocol}'`);if(!s&&!l(o.hostname))throw new h.x(`${f}: base URL ${o.origin} is not a loopback address; load tests are for your own services, so a remote target needs 'allowRemote: true' in the scenario`);return o}t(p,"checkBaseUrl")})};export{te as id,se as ids,ne as modules};
