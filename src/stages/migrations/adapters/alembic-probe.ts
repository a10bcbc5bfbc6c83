// The Python program the Alembic adapter runs with the project's interpreter. It drives Alembic's own API
// with the project's alembic.ini and env.py, and prints one JSON object. It never writes: the online run
// passes dont_mutate (as `alembic current` does) and runs no migration; SQL is rendered in offline mode.
//
//   inspect       revisions in order, heads, the database's current revisions, and drift when at head
//   inspect empty the same for a database known to be empty (an SQLite file not created yet: opening it
//                 would create it), without connecting
//   sql <rev>     the SQL `alembic upgrade <down>:<rev> --sql` prints for one revision
export const ALEMBIC_PROBE = String.raw`
import io, json, os, sys

def emit(obj):
    sys.stdout.write("\n@@backend-ci@@" + json.dumps(obj) + "\n")
    sys.exit(0)

try:
    import alembic
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.runtime.environment import EnvironmentContext
    from alembic.util import CommandError
except ImportError as e:
    emit({"error": "import", "message": str(e)})

ini, mode = sys.argv[1], sys.argv[2]
cfg = Config(ini)
try:
    script = ScriptDirectory.from_config(cfg)
except CommandError as e:
    emit({"error": "config", "message": str(e)})

def describe_url(cfg):
    url = cfg.get_main_option("sqlalchemy.url") or ""
    return url.split("://")[0] if "://" in url else url

def no_database(e):
    """The database was not given or not reachable, as opposed to a broken project."""
    name = type(e).__name__
    if isinstance(e, KeyError) and e.args and isinstance(e.args[0], str) and e.args[0] not in os.environ:
        return "environment variable %s is not set" % e.args[0]
    url = cfg.get_main_option("sqlalchemy.url") or ""
    if name in ("NoSuchModuleError", "ArgumentError") and (url == "" or url.startswith("driver://")):
        return "sqlalchemy.url is the template placeholder '%s'" % url if url else "sqlalchemy.url is empty"
    if name == "ValidationError" and "field required" in str(e).lower():
        # pydantic settings that read the connection from the environment, which is not set
        # pydantic 1 and 2 both list each field unindented, its reason indented below it
        missing = [line.strip().upper() for line in str(e).split("\n")[1:] if line.strip() and not line[0].isspace()]
        shown = ", ".join(missing[:6]) + (", ..." if len(missing) > 6 else "")
        return "the settings env.py loads need %s in the environment (or their .env file)" % shown
    if name == "OperationalError":
        return str(e).strip().split("\n")[0][:300]
    return None

def revisions():
    out = []
    for rev in reversed(list(script.walk_revisions("base", "heads"))):
        down = rev.down_revision
        downs = [] if down is None else ([down] if isinstance(down, str) else list(down))
        out.append({"revision": rev.revision, "down": downs, "path": rev.path})
    return out

def describe(diff):
    if isinstance(diff, list):
        return "; ".join(describe(d) for d in diff)
    op = diff[0]
    # ("add_column", schema, "users", Column) -> "add column users.bio"; a modify_* tuple names table and column.
    names = [item if isinstance(item, str) else item.name for item in diff[1:4] if isinstance(item, str) or getattr(item, "name", None) is not None]
    return "%s %s" % (op.replace("_", " "), ".".join(names))

if mode == "inspect":
    result = {"version": alembic.__version__, "revisions": revisions(), "heads": list(script.get_heads()), "current": None, "drift": None}
    state = {}
    def fn(rev, context):
        state["current"] = list(rev)
        state["dialect"] = context.dialect.name
        at_head = set(state["current"]) == set(script.get_heads())
        if at_head and not hasattr(command, "check"):
            from alembic.autogenerate import compare_metadata
            metadata = context.opts.get("target_metadata")
            if metadata is None:
                state["driftSkipped"] = "env.py passes no target_metadata to context.configure, so there are no models to compare"
            else:
                state["drift"] = [describe(d) for d in compare_metadata(context, metadata)]
        return []
    try:
        if sys.argv[3:] == ["empty"]:
            state["current"] = []
        else:
            with EnvironmentContext(cfg, script, fn=fn, dont_mutate=True):
                script.run_env()
    except Exception as e:
        reason = no_database(e)
        if reason is None:
            import traceback
            frames = [l for l in traceback.format_exc().split("\n") if l.startswith("  File ")]
            emit({"error": "env", "message": "%s: %s" % (type(e).__name__, e), "traceback": "\n".join(frames[-6:])})
        result["noDatabase"] = reason
        result["dialect"] = describe_url(cfg)
        emit(result)
    result["current"] = state.get("current", [])
    result["dialect"] = state.get("dialect")
    result["driftSkipped"] = state.get("driftSkipped")
    if "drift" in state:
        result["drift"] = state["drift"]
        result["driftBy"] = "alembic.autogenerate.compare_metadata"
    elif set(result["current"]) == set(result["heads"]) and hasattr(command, "check"):
        # Alembic 1.9+: the tool's own check (it raises when the models need new operations).
        try:
            command.check(cfg)
            result["drift"] = []
        except CommandError as e:
            message = str(e)
            if "New upgrade operations detected" not in message:
                emit({"error": "check", "message": message})
            result["drift"] = [message.split(":", 1)[1].strip()[:2000]]
        result["driftBy"] = "alembic check"
    emit(result)

if mode == "sql":
    rev = script.get_revision(sys.argv[3])
    down = rev.down_revision
    down = down if isinstance(down, str) or down is None else down[0]
    buffer = io.StringIO()
    cfg.output_buffer = buffer
    try:
        command.upgrade(cfg, "%s:%s" % (down, rev.revision) if down else rev.revision, sql=True)
    except Exception as e:
        emit({"error": "sql", "message": "%s: %s" % (type(e).__name__, str(e).strip().split("\n")[0][:300])})
    emit({"sql": buffer.getvalue()})
`;
