#!/usr/bin/env python3
"""Builds tests/data/okta-spec-digest.json from Okta's official OpenAPI specs.

The digest keeps, for every operation OktaDesk calls, only what a request check needs:
method, path template, the query parameters the spec allows (with enum values and
numeric bounds), the required JSON body properties and the OAuth scopes. Tests compare
every request the client sends to the demo org against it, so the project checks spec
validity without the (large) spec files. It also keeps the names of every OAuth scope
the specs declare (securitySchemes.oauth2), which OktaDesk's scope catalogue must match.

    scripts/spec-digest.py ../shared/okta/management-openapi.yaml ../shared/okta/oauth-openapi.yaml
"""
import json
import sys

import re

import yaml


def shape(path):
    """/api/v1/users/{id}/groups and /api/v1/users/{userId}/groups are the same path."""
    return re.sub(r"\{[^}]*\}", "{}", path)

# (method, path) pairs OktaDesk sends. Keep in step with app/core/okta/oktaapi.cpp and
# app/core/auth/*.
USED = [
    ("get", "/.well-known/openid-configuration"),
    ("get", "/api/v1/apps"),
    ("get", "/api/v1/apps/{appId}"),
    ("get", "/api/v1/apps/{appId}/grants"),
    ("post", "/api/v1/apps/{appId}/grants"),
    ("get", "/api/v1/apps/{appId}/grants/{grantId}"),
    ("delete", "/api/v1/apps/{appId}/grants/{grantId}"),
    ("get", "/api/v1/apps/{appId}/users"),
    ("post", "/api/v1/apps/{appId}/users"),
    ("delete", "/api/v1/apps/{appId}/users/{userId}"),
    # Service-account onboarding: the app assignment read back by id; admins for the page.
    ("get", "/api/v1/apps/{appId}/users/{userId}"),
    ("get", "/api/v1/iam/assignees/users"),
    ("get", "/api/v1/logs"),
    ("get", "/api/v1/users"),
    ("post", "/api/v1/users"),
    ("get", "/api/v1/users/{id}"),
    ("delete", "/api/v1/users/{id}"),
    ("post", "/api/v1/users/{id}/lifecycle/deactivate"),
    ("get", "/api/v1/users/{id}/groups"),
    ("get", "/api/v1/users/{userId}/roles"),
    ("post", "/api/v1/users/{userId}/roles"),
    ("delete", "/api/v1/users/{userId}/roles/{roleAssignmentId}"),
    ("get", "/api/v1/groups"),
    ("get", "/api/v1/groups/{groupId}"),
    ("put", "/api/v1/groups/{groupId}"),
    ("get", "/api/v1/groups/{groupId}/users"),
    ("get", "/api/v1/meta/schemas/user/{schemaId}"),
    ("get", "/api/v1/meta/schemas/group/default"),
    ("get", "/oauth2/v1/authorize"),
    ("post", "/oauth2/v1/token"),
    ("post", "/oauth2/v1/revoke"),
]


def resolve(spec, node, depth=0):
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        depth += 1
    return node


def schema_required(spec, schema):
    schema = resolve(spec, schema or {})
    required = set(schema.get("required", []))
    props = set((schema.get("properties") or {}).keys())
    for sub in schema.get("allOf", []):
        r, p = schema_required(spec, sub)
        required |= r
        props |= p
    return required, props


def main(paths):
    ops = []
    declared_scopes = set()
    for path_file in paths:
        with open(path_file, encoding="utf-8") as f:
            spec = yaml.safe_load(f)
        oauth2 = spec.get("components", {}).get("securitySchemes", {}).get("oauth2", {})
        for flow in oauth2.get("flows", {}).values():
            declared_scopes.update(flow.get("scopes", {}).keys())
        for path, item in spec.get("paths", {}).items():
            item = resolve(spec, item)
            common = item.get("parameters", [])
            for method in ("get", "post", "put", "delete"):
                if method not in item:
                    continue
                # Several specs write the same path with another parameter name.
                norm = path
                match = [u for u in USED if u[0] == method and shape(u[1]) == shape(path)]
                if not match:
                    continue
                op = item[method]
                params = {}
                for p in common + op.get("parameters", []):
                    p = resolve(spec, p)
                    if p.get("in") != "query":
                        continue
                    schema = resolve(spec, p.get("schema", {}))
                    entry = {"required": bool(p.get("required", False))}
                    for key in ("enum", "minimum", "maximum", "type"):
                        if key in schema:
                            entry[key] = schema[key]
                    params[p["name"]] = entry
                body_required, body_props = [], []
                rb = resolve(spec, op.get("requestBody", {}))
                content = rb.get("content", {})
                for ctype, media in content.items():
                    req, props = schema_required(spec, media.get("schema"))
                    body_required, body_props = sorted(req), sorted(props)
                    break
                scopes = sorted({s for sec in op.get("security", []) for v in sec.values() for s in v})
                ops.append({
                    "method": method.upper(),
                    "path": norm,
                    "operationId": op.get("operationId"),
                    "query": params,
                    "bodyContentTypes": sorted(content.keys()),
                    "bodyRequired": body_required,
                    "bodyProperties": body_props,
                    "scopes": scopes,
                })
    ops.sort(key=lambda o: (o["path"], o["method"]))
    found = {(o["method"].lower(), shape(o["path"])) for o in ops}
    missing = [u for u in USED if (u[0], shape(u[1])) not in found]
    if missing:
        sys.exit(f"not in the specs: {missing}")
    json.dump({"source": "okta/okta-management-openapi-spec dist/current (Apache-2.0), operations used by OktaDesk",
               "operations": ops, "scopes": sorted(declared_scopes)}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
