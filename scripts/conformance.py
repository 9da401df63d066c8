#!/usr/bin/env python3
"""Offline conformance checker for Amazon ECS JSON documents.

Validates JSON files against the ECS API *input* shapes using botocore's
offline ParamValidator (no AWS credentials or network access needed).

Usage:
  python3 scripts/conformance.py [--shape SHAPE] [--json] FILE_OR_DIR...
  python3 scripts/conformance.py --jsonl < DOCUMENTS.jsonl
  SHAPE: RegisterTaskDefinition | CreateService | CreateCluster |
         CreateCapacityProvider | auto (default)
  Use "-" as a file name to read one document from stdin.

In auto mode the shape is detected from the document content:
  containerDefinitions                      -> RegisterTaskDefinition
  serviceName                               -> CreateService
  taskDefinition + a service field          -> CreateService without serviceName
       (given on the command line); checked with a stand-in name, also when
       --shape CreateService is given
  name + autoScalingGroupProvider /
         managedInstancesProvider           -> CreateCapacityProvider
  clusterName                               -> CreateCluster
  {"taskDefinition": {...}, "tags": [...]}  -> describe-task-definition output,
       unwrapped, read-only fields dropped, validated as RegisterTaskDefinition
  {"services": [...], "failures": [...]}    -> describe-services output, each
       service has read-only fields dropped and is validated as CreateService

Directories are walked recursively for *.json files; directories named
"invalid" are skipped when walking (pass such files explicitly to check them).

With --jsonl, documents are read from stdin instead, one JSON object a line:
{"file": NAME, "shape": SHAPE or "auto", "text": THE FILE'S TEXT}; the results are
printed as with --json. One process checks thousands of documents (the fuzzer's batch).

Prints "ok  PATH" / "FAIL PATH: ERRORS" per file and a final
"N passed, M failed" line. With --json a list of
{"file", "shape", "ok", "errors", "notes"} objects is printed to stdout and
the summary line goes to stderr. Exit status: 0 if all passed, 1 otherwise.
"""

import argparse
import json
import os
import sys

try:
    import botocore.session
    from botocore.validate import ParamValidator
except ImportError:  # pragma: no cover - environment problem
    sys.stderr.write("conformance.py: botocore is required (pip install botocore)\n")
    sys.exit(2)

SHAPES = (
    "RegisterTaskDefinition",
    "CreateService",
    "CreateCluster",
    "CreateCapacityProvider",
)

# Fields present in describe-task-definition output that RegisterTaskDefinition
# does not accept.
TASKDEF_READ_ONLY = (
    "taskDefinitionArn",
    "revision",
    "status",
    "requiresAttributes",
    "compatibilities",
    "registeredAt",
    "registeredBy",
    "deregisteredAt",
    "deleteRequestedAt",
)

# Fields present in a describe-services Service that CreateService does not
# accept (clusterArn and roleArn are mapped to cluster and role instead).
SERVICE_READ_ONLY = (
    "serviceArn",
    "clusterArn",
    "roleArn",
    "status",
    "runningCount",
    "pendingCount",
    "taskSets",
    "deployments",
    "events",
    "createdAt",
    "createdBy",
    "platformFamily",
    "currentServiceDeployment",
    "currentServiceRevisions",
    "resourceManagementType",
)


class Result(object):
    def __init__(self, file, shape, ok, errors="", notes=""):
        self.file = file
        self.shape = shape
        self.ok = ok
        self.errors = errors
        self.notes = notes

    def as_dict(self):
        return {
            "file": self.file,
            "shape": self.shape,
            "ok": self.ok,
            "errors": self.errors,
            "notes": self.notes,
        }


_MODEL = None


def service_model():
    global _MODEL
    if _MODEL is None:
        _MODEL = botocore.session.get_session().get_service_model("ecs")
    return _MODEL


def input_shape(op_name):
    return service_model().operation_model(op_name).input_shape


def strip_nulls(value, path, dropped):
    """Return a copy of value without None entries; record their paths."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            p = "%s.%s" % (path, k) if path else k
            if v is None:
                dropped.append(p)
                continue
            out[k] = strip_nulls(v, p, dropped)
        return out
    if isinstance(value, list):
        out = []
        for i, v in enumerate(value):
            p = "%s[%d]" % (path, i)
            if v is None:
                dropped.append(p)
                continue
            out.append(strip_nulls(v, p, dropped))
        return out
    return value


def null_note(dropped):
    return "dropped %d null value(s): %s" % (len(dropped), ", ".join(dropped))


def is_describe_taskdef(doc):
    return isinstance(doc.get("taskDefinition"), dict)


def is_describe_services(doc):
    return isinstance(doc.get("services"), list) and "serviceName" not in doc


# Keys of RunTask / StartTask / CreateTaskSet inputs that CreateService does not have.
OTHER_TASK_INPUT_KEYS = ("count", "group", "overrides", "startedBy", "referenceId",
                         "containerInstances", "service", "externalId", "scale")

# Stands in for the name a CodeDeploy pipeline gives with --service-name.
COMMAND_LINE_SERVICE_NAME = "name-given-on-the-command-line"


def is_unnamed_service(doc):
    """A CreateService input without serviceName (CodeDeploy pipelines pass it on the
    command line): a taskDefinition, no key of another task input, and a service field."""
    if "serviceName" in doc or not isinstance(doc.get("taskDefinition"), str):
        return False
    if any(k in doc for k in OTHER_TASK_INPUT_KEYS):
        return False
    fields = set(input_shape("CreateService").members) - {"serviceName", "taskDefinition", "tags", "clientToken"}
    return any(k in doc for k in fields)


def detect_shape(doc):
    if "containerDefinitions" in doc:
        return "RegisterTaskDefinition"
    if "serviceName" in doc or is_unnamed_service(doc):
        return "CreateService"
    if "name" in doc and (
        "autoScalingGroupProvider" in doc or "managedInstancesProvider" in doc
    ):
        return "CreateCapacityProvider"
    if "clusterName" in doc:
        return "CreateCluster"
    return None


def unwrap_describe_taskdef(doc):
    """describe-task-definition output -> (params, notes)."""
    dropped = []
    td = strip_nulls(doc["taskDefinition"], "taskDefinition", dropped)
    params = dict((k, v) for k, v in td.items() if k not in TASKDEF_READ_ONLY)
    tags = doc.get("tags")
    if isinstance(tags, list) and tags:
        params["tags"] = strip_nulls(tags, "tags", dropped)
    elif tags is None and "tags" in doc:
        dropped.append("tags")
    return params, ([null_note(dropped)] if dropped else [])


def unwrap_service(svc, index, dropped):
    """One describe-services Service -> CreateService params (nulls recorded in dropped)."""
    svc = strip_nulls(svc, "services[%d]" % index, dropped)
    params = dict((k, v) for k, v in svc.items() if k not in SERVICE_READ_ONLY)
    if "cluster" not in params and svc.get("clusterArn"):
        params["cluster"] = svc["clusterArn"]  # CreateService takes the ARN as it is
    # The service-linked role also comes back as roleArn; CreateService must not be given it.
    if "role" not in params and svc.get("roleArn") and ":role/aws-service-role/" not in svc["roleArn"]:
        params["role"] = svc["roleArn"]
    return params


def validate(params, shape_name):
    """Return '' when valid, else a one-line error report."""
    report = ParamValidator().validate(params, input_shape(shape_name))
    if not report.has_errors():
        return ""
    lines = [l.strip() for l in report.generate_report().splitlines() if l.strip()]
    lines = [
        l.replace("value: None, type: <class 'NoneType'>",
                  "value: null (JSON null is not accepted; omit the field)")
        for l in lines
    ]
    return "; ".join(lines)


def check_document(doc, requested):
    """Validate a parsed JSON document. Returns (shape, errors, notes)."""
    if not isinstance(doc, dict):
        kind = {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
            type(doc), "number"
        )
        return (requested if requested != "auto" else "unknown",
                "top-level JSON value must be an object, got %s" % kind, "")

    # describe-task-definition output
    if is_describe_taskdef(doc) and requested in ("auto", "RegisterTaskDefinition"):
        params, notes = unwrap_describe_taskdef(doc)
        notes.insert(0, "describe-task-definition output; read-only fields dropped")
        return ("RegisterTaskDefinition", validate(params, "RegisterTaskDefinition"),
                "; ".join(notes))

    # describe-services output
    if is_describe_services(doc) and requested in ("auto", "CreateService"):
        if not doc["services"]:
            return ("CreateService", "describe-services output contains no services", "")
        errors, dropped = [], []
        for i, svc in enumerate(doc["services"]):
            if not isinstance(svc, dict):
                errors.append("services[%d]: not an object" % i)
                continue
            params = unwrap_service(svc, i, dropped)
            err = validate(params, "CreateService")
            if err:
                errors.append("services[%d]: %s" % (i, err))
        notes = ["describe-services output (%d service(s)); read-only fields dropped"
                 % len(doc["services"])]
        if dropped:
            notes.append(null_note(dropped))
        return ("CreateService", "; ".join(errors), "; ".join(notes))

    shape = requested
    if shape == "auto":
        shape = detect_shape(doc)
        if shape is None:
            keys = ", ".join(sorted(doc.keys())[:8]) or "<empty object>"
            return ("unknown", "cannot detect ECS input shape (top-level keys: %s)" % keys, "")
    # A service file without serviceName is complete once the command line adds the name
    # (aws ecs create-service --service-name NAME --cli-input-json file://...).
    if shape == "CreateService" and is_unnamed_service(doc):
        params = dict(doc, serviceName=COMMAND_LINE_SERVICE_NAME)
        return (shape, validate(params, shape),
                "no serviceName: checked as if given on the command line (--service-name)")
    return (shape, validate(doc, shape), "")


def check_text(name, text, requested):
    try:
        doc = json.loads(text)
    except ValueError as e:
        return Result(name, requested if requested != "auto" else "unknown", False,
                      "invalid JSON: %s" % e)
    shape, errors, notes = check_document(doc, requested)
    return Result(name, shape, not errors, errors, notes)


def check_file(path, requested):
    if path == "-":
        return check_text("<stdin>", sys.stdin.read(), requested)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8-sig")
    except (IOError, OSError) as e:
        return Result(path, "unknown", False, "cannot read file: %s" % e)
    except UnicodeDecodeError as e:
        return Result(path, "unknown", False, "not UTF-8 text: %s" % e)
    return check_text(path, text, requested)


def check_line(line):
    """One --jsonl line: {"file", "shape", "text"} -> Result."""
    try:
        item = json.loads(line)
        shape = item.get("shape", "auto")
        if shape not in SHAPES + ("auto",):
            return Result(item.get("file", "<line>"), shape, False, "unknown shape %r" % shape)
        return check_text(item["file"], item["text"], shape)
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        return Result("<line>", "unknown", False, "bad --jsonl line: %s" % e)


def collect(paths):
    files = []
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            files.append(p)
            continue
        found = []
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if d != "invalid")
            found.extend(os.path.join(root, n) for n in names if n.endswith(".json"))
        files.extend(sorted(found))
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Validate ECS JSON documents against botocore's ECS input shapes (offline)."
    )
    ap.add_argument("--shape", default="auto", choices=SHAPES + ("auto",),
                    help="input shape to validate against (default: auto-detect)")
    ap.add_argument("--json", action="store_true",
                    help="print a JSON result list instead of text lines")
    ap.add_argument("--jsonl", action="store_true",
                    help='read {"file", "shape", "text"} lines from stdin; print JSON results')
    ap.add_argument("paths", nargs="*", metavar="FILE_OR_DIR",
                    help='JSON files or directories; "-" reads stdin')
    args = ap.parse_args(argv)
    if args.jsonl == bool(args.paths):
        ap.error("give FILE_OR_DIR arguments or --jsonl, not both or neither")

    if args.jsonl:
        args.json = True
        results = [check_line(line) for line in sys.stdin if line.strip()]
    else:
        results = [check_file(f, args.shape) for f in collect(args.paths)]
    passed = sum(1 for r in results if r.ok)
    failed = len(results) - passed
    summary = "%d passed, %d failed" % (passed, failed)

    if args.json:
        json.dump([r.as_dict() for r in results], sys.stdout, indent=2)
        sys.stdout.write("\n")
        sys.stderr.write(summary + "\n")
    else:
        for r in results:
            if r.ok:
                line = "ok  %s" % r.file
                if r.notes:
                    line += "  (%s)" % r.notes
            else:
                line = "FAIL %s: %s" % (r.file, r.errors)
            print(line)
        print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
