#!/usr/bin/env python3
"""Checks AWS API inputs of any service with botocore's offline ParamValidator.

scripts/conformance.py knows the ECS files a user imports (it detects their shape);
this one is for what the designer emits for every other service, where the caller
knows the operation each document is the input of (src/core/model/artifact-apis.ts).

Usage:
  python3 scripts/api-input-check.py < DOCUMENTS.jsonl

One JSON object a line: {"file": NAME, "service": "elbv2", "operation": "CreateTargetGroup",
"text": THE FILE'S TEXT}. Service names are botocore's (elbv2, sqs, events, ...), operation
names the API's. Prints a JSON list of {"file", "service", "operation", "ok", "errors"}.
Exit status: 0 if all passed, 1 if any failed, 2 on bad usage (unknown service or
operation: a typo in the caller's table must not pass as a valid document).
"""

import json
import sys

try:
    import botocore.session
    from botocore.validate import ParamValidator
except ImportError:  # pragma: no cover - environment problem
    sys.stderr.write("api-input-check.py: botocore is required (pip install botocore)\n")
    sys.exit(2)

_SESSION = botocore.session.get_session()
_MODELS = {}


def input_shape(service, operation):
    if service not in _MODELS:
        _MODELS[service] = _SESSION.get_service_model(service)
    return _MODELS[service].operation_model(operation).input_shape


def check(doc):
    name = doc.get("file", "?")
    service = doc["service"]
    operation = doc["operation"]
    result = {"file": name, "service": service, "operation": operation, "ok": False, "errors": ""}
    try:
        params = json.loads(doc["text"])
    except ValueError as e:
        result["errors"] = "not JSON: %s" % e
        return result
    report = ParamValidator().validate(params, input_shape(service, operation))
    if report.has_errors():
        result["errors"] = report.generate_report()
    else:
        result["ok"] = True
    return result


def main():
    results = []
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        doc = json.loads(line)
        try:
            results.append(check(doc))
        except Exception as e:  # unknown service or operation
            sys.stderr.write("api-input-check.py: %s %s: %s\n" % (doc.get("service"), doc.get("operation"), e))
            sys.exit(2)
    json.dump(results, sys.stdout, indent=1)
    sys.stdout.write("\n")
    failed = sum(1 for r in results if not r["ok"])
    sys.stderr.write("%d passed, %d failed\n" % (len(results) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
