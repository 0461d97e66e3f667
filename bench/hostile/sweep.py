#!/usr/bin/env python3
"""Hostile-input sweep of a running AutoCRM: every documented operation, as every kind of caller, with every class
of malformed input. Python 3 standard library only.

Every operation comes from docs/openapi.json, so new endpoints are swept without touching this file. For each
operation the sweep sends, as anonymous, a customer, an agent, an admin (people signed in through the embedded
issuer's authorization-code flow with PKCE, as the web app does) and an integration (an API key with every scope):

  malformed percent-encoding and invalid UTF-8 in path and query, NUL characters, huge/negative/overflowing numbers,
  dates out of range, forged and garbage cursors, wrong JSON types in every field (nested ones too), duplicate keys,
  coercions, deep nesting, oversized bodies, wrong content types, garbage If-Match/Idempotency-Key/Authorization/
  Accept headers, malformed path ids, unknown enum values, over-long strings, HTML payloads, unusual methods,
  oversized headers and invalid characters in paths.

Every answer must be below 500, and every 4xx must be application/problem+json with a string `code` that the
document lists for that status, and a `status` equal to the HTTP status. The OAuth endpoints' own protocol errors ({"error": ...} JSON, RFC 6749) are exempt.
The sweep prints a table per operation and the violations with a reproducer, and exits 1 on any violation.

    python3 bench/hostile/sweep.py --url http://localhost:18106 --api-key "$AUTOCRM_BOOTSTRAP_API_KEY" \
        [--log app.log] [--only SUBSTRING] [--workers 6] [--thorough] [--violations out.jsonl]

The API key must hold the `admin` scope (the bootstrap key does): the sweep uses it to create the people it signs in
as, a ticket, a view, a status, a custom field and the other resources the paths name. Operations that would drop
the read models (POST /api/v1/admin/read-models/rebuild) get, from callers allowed to run them, only input that must
be refused before any handler runs. Resources the sweep may destroy (DELETE, erasure) are its own and are swept last.
"""

import argparse
import base64
import concurrent.futures
import hashlib
import json
import os
import re
import secrets
import select
import socket
import sys
import threading
import time
import http.client
import urllib.parse
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.normpath(os.path.join(HERE, "..", "..", "docs", "openapi.json"))
PASSWORD = "sweep correct horse battery staple"
CLIENT_ID = "autocrm-web"
SCOPES = ["tickets:read", "tickets:write", "users:read", "users:write", "events:read", "admin"]
METHODS = ("get", "post", "put", "patch", "delete")
# Operations whose success would disrupt the installation under test: only input refused before a handler runs.
DISRUPTIVE = {("POST", "/api/v1/admin/read-models/rebuild")}
# Paths outside the API that face the internet all the same.
EDGE_PATHS = [("GET", "/actuator/health"), ("GET", "/login"), ("POST", "/login"), ("GET", "/oauth2/authorize"),
              ("POST", "/error"), ("POST", "/"),
              ("POST", "/oauth2/token"), ("GET", "/.well-known/openid-configuration"), ("GET", "/v3/api-docs"),
              ("GET", "/"), ("GET", "/api/v1/no-such-resource"), ("GET", "/error")]
OAUTH_PROTOCOL = re.compile(r"^/oauth2/(token|revoke|introspect|authorize)")


# ---------------------------------------------------------------------------------------------------------------
# Raw HTTP: the sweep writes request bytes itself, since http.client refuses most of what it needs to send.

class Answer:
    def __init__(self, status, content_type, body, error=None):
        self.status, self.content_type, self.body, self.error = status, content_type, body, error

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


class Http:
    def __init__(self, url, timeout):
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme != "http":
            raise SystemExit("only http:// URLs are supported")
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.authority = ("%s:%d" % (self.host, self.port)).encode()
        self.timeout = timeout

    def send(self, method, target, headers=(), body=None):
        """One request on its own connection; method/target as bytes or str, headers a list of (name, value)."""
        method, target = as_bytes(method), as_bytes(target)
        headers = [(as_bytes(n), as_bytes(v)) for n, v in headers]
        names = {n.lower() for n, _ in headers}
        head = [method + b" " + target + b" HTTP/1.1"]
        if b"host" not in names:
            head.append(b"Host: " + self.authority)
        head += [n + b": " + v for n, v in headers]
        if body is not None and b"content-length" not in names and b"transfer-encoding" not in names:
            head.append(b"Content-Length: " + str(len(body)).encode())
        head.append(b"Connection: close")
        data = b"\r\n".join(head) + b"\r\n\r\n"
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as e:
            return Answer(0, "", b"", "connect: %s" % e)
        try:
            self._write(sock, data, body or b"")
            response = http.client.HTTPResponse(sock, method=method.decode("latin-1"))
            response.begin()
            content_type = response.getheader("Content-Type") or ""
            if content_type.startswith("text/event-stream"):
                return Answer(response.status, content_type, b"")
            return Answer(response.status, content_type, response.read(1 << 20))
        except (OSError, http.client.HTTPException) as e:
            return Answer(0, "", b"", "%s: %s" % (type(e).__name__, e))
        finally:
            sock.close()

    @staticmethod
    def _write(sock, head, body):
        """Writes the head, then the body in pieces, stopping early once the server answers (a 413 at once)."""
        sock.sendall(head)
        for i in range(0, len(body), 65536):
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                return
            try:
                sock.sendall(body[i:i + 65536])
            except OSError:
                return


def as_bytes(value):
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# Callers: people are created through the API with the admin key and sign in as the browser does.

class Api:
    """Well-formed JSON calls for setting up; fails loudly, since a sweep without its callers proves little."""

    def __init__(self, http, token):
        self.http, self.token = http, token

    def call(self, method, path, body=None, expect=(200, 201, 202, 204)):
        headers = [("Accept", "application/json")]
        if self.token:
            headers.append(("Authorization", "Bearer " + self.token))
        if body is not None:
            headers.append(("Content-Type", "application/json"))
        answer = self.http.send(method, path, headers, None if body is None else json.dumps(body).encode())
        if answer.status not in expect:
            raise SystemExit("setup: %s %s answered %s %s" % (method, path, answer.status, answer.body[:300]))
        return answer.json()


class Browser:
    """Just enough of a browser for the sign-in form: cookies, redirects by hand, the CSRF field."""

    def __init__(self, http):
        self.http, self.cookies = http, {}

    def request(self, method, target, body=None, content_type=None):
        headers = [("Accept", "text/html")]
        if self.cookies:
            headers.append(("Cookie", "; ".join("%s=%s" % kv for kv in self.cookies.items())))
        if content_type:
            headers.append(("Content-Type", content_type))
        sock = socket.create_connection((self.http.host, self.http.port), timeout=self.http.timeout)
        try:
            lines = ["%s %s HTTP/1.1" % (method, target), "Host: " + self.http.authority.decode()]
            lines += ["%s: %s" % h for h in headers]
            data = (body or "").encode()
            if body is not None:
                lines.append("Content-Length: %d" % len(data))
            lines.append("Connection: close")
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
            response = http.client.HTTPResponse(sock, method=method)
            response.begin()
            for value in response.msg.get_all("Set-Cookie") or []:
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";")[0]
            return response.status, response.getheader("Location"), response.read().decode("utf-8", "replace")
        finally:
            sock.close()


def sign_in(http, base_url, email):
    browser = Browser(http)
    redirect = base_url.rstrip("/") + "/auth/callback"
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    authorize = "/oauth2/authorize?" + urllib.parse.urlencode({
        "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect, "scope": "openid profile",
        "state": "sweep", "code_challenge": challenge, "code_challenge_method": "S256"})
    browser.request("GET", authorize)
    _, _, page = browser.request("GET", "/login")
    csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="_csrf"', page)
    form = {"email": email, "password": PASSWORD}
    if csrf:
        form["_csrf"] = csrf.group(1)
    status, location, _ = browser.request("POST", "/login", urllib.parse.urlencode(form),
                                          "application/x-www-form-urlencoded")
    if status != 302 or not location or "error" in location:
        raise SystemExit("setup: sign-in of %s failed (%s %s)" % (email, status, location))
    target = urllib.parse.urlsplit(location)
    status, location, _ = browser.request("GET", target.path + ("?" + target.query if target.query else ""))
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(location or "").query).get("code")
    if status != 302 or not code:
        raise SystemExit("setup: no authorization code for %s (%s %s)" % (email, status, location))
    status, _, body = browser.request("POST", "/oauth2/token", urllib.parse.urlencode({
        "grant_type": "authorization_code", "code": code[0], "redirect_uri": redirect, "client_id": CLIENT_ID,
        "code_verifier": verifier}), "application/x-www-form-urlencoded")
    if status != 200:
        raise SystemExit("setup: token exchange for %s answered %s %s" % (email, status, body[:200]))
    return json.loads(body)["access_token"]


def setup(http, base_url, admin_key):
    """Creates the callers and the resources the paths name; returns (callers, ids by collection, samples)."""
    api = Api(http, admin_key)
    tag = secrets.token_hex(4)
    email = lambda who: "sweep.%s.%s@example.com" % (who, tag)

    def person(who, role, organisation=None):
        if role == "customer":
            body = {"name": "Sweep " + who, "email": email(who)}
            if organisation:
                body["organisationId"] = organisation
            pid = api.call("POST", "/api/v1/customers", body)["id"]
        else:
            pid = api.call("POST", "/api/v1/agents", {"name": "Sweep " + who, "email": email(who)})["id"]
        api.call("POST", "/api/v1/users", {"id": pid, "role": role, "password": PASSWORD})
        return pid

    organisation = api.call("POST", "/api/v1/organisations", {"name": "Sweep org " + tag})["id"]
    customer = person("customer", "customer", organisation)
    agent = person("agent", "agent")
    admin = person("admin", "admin")
    key = api.call("POST", "/api/v1/api-keys", {"name": "sweep " + tag, "scopes": SCOPES,
                                                "rateLimitPerMinute": 100000})
    callers = {
        "anonymous": None,
        "customer": sign_in(http, base_url, email("customer")),
        "agent": sign_in(http, base_url, email("agent")),
        "admin": sign_in(http, base_url, email("admin")),
        "integration": key["key"],
    }
    team = api.call("POST", "/api/v1/teams", {"name": "Sweep team " + tag})["id"]
    ticket = Api(http, callers["customer"]).call("POST", "/api/v1/tickets", {
        "subject": "Sweep target " + tag, "description": "A ticket the sweep aims at."})
    ticket_id = ticket.get("id") or ticket.get("ticketId")
    view = Api(http, callers["admin"]).call("POST", "/api/v1/views", {"name": "Sweep " + tag, "columns": ["subject"],
                                                                 "shared": False})
    status_key = "sweep-" + tag
    api.call("POST", "/api/v1/statuses", {"key": status_key, "label": "Sweep " + tag, "category": "open"})
    field_key = "sweep_" + tag
    api.call("POST", "/api/v1/custom-fields", {"key": field_key, "label": "Sweep " + tag, "type": "text"})
    target_customer = person("target-customer", "customer")
    target_agent = person("target-agent", "agent")
    target_key = api.call("POST", "/api/v1/api-keys", {"name": "sweep target " + tag, "scopes": ["tickets:read"]})
    ids = {"tickets": ticket_id, "customers": target_customer, "agents": target_agent, "users": target_agent,
           "api-keys": target_key.get("id"), "organisations": organisation, "statuses": status_key,
           "custom-fields": field_key, "views": view.get("id"), "teams": team}
    samples = {"requesterId": customer, "assigneeId": agent, "authorId": agent, "teamId": team,
               "organisationId": organisation, "status": status_key, "fieldKey": field_key, "ticketId": ticket_id,
               "tag": tag}
    return callers, ids, samples, api


def resolve_id(api, ids, path, parameter):
    """The id a path parameter takes: the sweep's own resource of that collection, else the first listed one."""
    segments = path.split("/")
    collection = segments[segments.index("{%s}" % parameter) - 1]
    if collection in ids and ids[collection]:
        return ids[collection]
    answer = api.http.send("GET", "/api/v1/" + collection, [("Authorization", "Bearer " + api.token)])
    listed = answer.json() if answer.status == 200 else None
    items = listed.get("items") if isinstance(listed, dict) else listed
    if isinstance(items, list) and items and isinstance(items[0], dict):
        for name in ("id", "key"):
            if name in items[0]:
                ids[collection] = str(items[0][name])
                return ids[collection]
    ids[collection] = "00000000-0000-4000-8000-000000000000"
    return ids[collection]


# ---------------------------------------------------------------------------------------------------------------
# The spec: operations with their path, query and header parameters and a well-formed body to mutate.

class Operation:
    def __init__(self, method, path, spec, operation):
        self.method, self.path = method.upper(), path
        parameters = operation.get("parameters", [])
        self.path_params = [p["name"] for p in parameters if p["in"] == "path"]
        self.query = [(p["name"], schema_of(spec, p.get("schema", {}))) for p in parameters if p["in"] == "query"]
        self.headers = [p["name"] for p in parameters if p["in"] == "header"]
        content = operation.get("requestBody", {}).get("content", {})
        self.body_schema = schema_of(spec, content["application/json"].get("schema", {})) \
            if "application/json" in content else None

    @property
    def name(self):
        return "%s %s" % (self.method, self.path)


def schema_of(spec, schema, depth=0):
    """Resolves $ref (and allOf of one) into a plain schema, a few levels deep."""
    if depth > 6:
        return {}
    if "$ref" in schema:
        target = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return schema_of(spec, target, depth + 1)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return schema_of(spec, schema["allOf"][0], depth + 1)
    resolved = dict(schema)
    if "properties" in resolved:
        resolved["properties"] = {k: schema_of(spec, v, depth + 1) for k, v in resolved["properties"].items()}
    if "items" in resolved:
        resolved["items"] = schema_of(spec, resolved["items"], depth + 1)
    return resolved


def operations(spec):
    found = []
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in METHODS:
                found.append(Operation(method, path, spec, operation))
    return found


def example(schema, samples, name=""):
    """A well-formed value for a schema, using the sweep's own ids for fields that name one."""
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        return {k: example(v, samples, k) for k, v in props.items()
                if k in required or k in ("subject", "description", "name", "columns")
                or v.get("type") == "boolean"}
    if kind == "array":
        if name == "scopes":
            return ["tickets:read"]
        if name == "columns":
            return ["subject"]
        if name == "tickets":
            return [{"id": samples["ticketId"]}]
        return [example(schema.get("items", {}), samples, name)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if name in samples:
        return samples[name]
    if schema.get("format") == "date-time":
        return "2100-01-01T00:00:00Z"
    if schema.get("format") == "uuid" or name == "id":
        return samples["ticketId"]
    if schema.get("format") == "email" or name == "email":
        return "sweep.%s@example.com" % secrets.token_hex(5)
    if name in ("password", "newPassword"):
        return PASSWORD
    if name == "key":
        return "sweep_%s" % secrets.token_hex(4)
    if name in ("name", "label", "subject"):
        return "sweep %s" % secrets.token_hex(4)  # fresh, so no case stops at a duplicate name
    return "sweep text"


# ---------------------------------------------------------------------------------------------------------------
# Hostile input. A case is (class, label, method, target bytes, headers, body bytes or None).

YEARS = [("year-0", "0000-01-01T00:00:00Z"), ("year-10000", "+10000-01-01T00:00:00Z"),
         ("year-292278994", "+292278994-08-17T07:12:55.807Z"), ("year-minus", "-292275055-05-16T16:47:04.192Z"),
         ("year-99999", "99999-12-31T23:59:59Z"), ("feb-30", "2024-02-30T00:00:00Z"), ("garbage", "yesterday"),
         ("epoch-number", "1700000000000"), ("date-only", "2024-01-01")]
NUMBERS = [("negative", "-1"), ("zero", "0"), ("int-overflow", "2147483648"), ("long-overflow", "9223372036854775808"),
           ("huge", "9" * 400), ("float", "1.5"), ("exponent", "1e400"), ("nan", "NaN"), ("text", "abc"), ("empty", "")]
STRINGS = [("nul", "%00"), ("nul-inside", "a%00b"), ("bad-percent", "%ZZ"), ("truncated-percent", "%E2%82"),
           ("invalid-utf8", "%C3%28"), ("invalid-utf8-ff", "%FF%FE"), ("overlong-utf8", "%C0%AE"),
           ("long", "x" * 10000), ("html", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ("sql", "'%20OR%201%3D1--"),
           ("empty", ""), ("unknown-enum", "bogus-value"), ("control", "%01%1B")]


QUICK_STRINGS = {"nul", "bad-percent", "invalid-utf8", "long", "unknown-enum"}


def cursors(samples):
    uuid = samples["ticketId"]
    forged = ["v1|-updatedAt|%s|%s" % (y, uuid) for _, y in YEARS] + [
        "v1|number|9223372036854775808|%s" % uuid, "v1|number|-1|" + uuid, "v1|-updatedAt|2024-01-01T00:00:00Z|x",
        "v1|-updatedAt|2024-01-01T00:00:00Z|" + uuid + "|extra", "v2|-updatedAt|2024-01-01T00:00:00Z|" + uuid,
        "v1|priority|\u0000|" + uuid, "v1|-updatedAt||" + uuid, "sweep|%s" % ("x" * 300), "\u0000"]
    values = [("forged-" + str(i), urllib.parse.quote(base64.urlsafe_b64encode(f.encode()).decode().rstrip("=")))
              for i, f in enumerate(forged)]
    values += [("not-base64", "%%%%"), ("garbage", "not-a-cursor"), ("base64-binary", "_____w"),
               ("long", "A" * 20000), ("nul", "%00"), ("padded", "dGVzdA%3D%3D"), ("invalid-utf8", "%C3%28")]
    return values


def query_values(name, schema, samples):
    """Hostile values for one query parameter, each an already percent-encoded string."""
    kind = schema.get("type")
    values = [("strings", l, v) for l, v in STRINGS]
    if kind in ("integer", "number") or name in ("limit", "minVersion", "version"):
        values += [("numbers", l, v) for l, v in NUMBERS]
    if re.search(r"(After|Before|asOf|At)$", name) or schema.get("format") == "date-time":
        values += [("dates", l, urllib.parse.quote(v)) for l, v in YEARS] + [
            ("dates", "raw-plus", "+10000-01-01T00:00:00Z"), ("dates", "offset", "2024-01-01T00:00:00%2B25:00")]
    if name == "cursor":
        values += [("cursors", l, v) for l, v in cursors(samples)]
    if name.endswith("Id") or name == "id":
        values += [("ids", "not-uuid", "not-a-uuid"), ("ids", "nil-uuid", "00000000-0000-0000-0000-000000000000"),
                   ("ids", "uuid-braces", "%7B" + samples["ticketId"] + "%7D"), ("ids", "number", "42")]
    if name == "sort":
        values += [("enums", l, v) for l, v in [("unknown", "bogus"), ("minus-only", "-"), ("double-minus", "--number"),
                                                ("cf-unknown", "cf.nope"), ("cf-empty", "cf."), ("plus", "%2Bnumber")]]
    return values


def path_values(samples):
    return [("ids", "not-uuid", "not-a-uuid"), ("ids", "nil-uuid", "00000000-0000-0000-0000-000000000000"),
            ("ids", "short-uuid", "1-2-3-4-5"), ("ids", "negative", "-1"), ("numbers", "huge", "9" * 40),
            ("nul", "nul", "%00"), ("percent-encoding", "bad-percent", "%ZZ"),
            ("percent-encoding", "lone-percent", "%"), ("invalid-utf8", "invalid-utf8", "%C3%28"),
            ("invalid-utf8", "raw-ff", b"\xff\xfe"), ("invalid-utf8", "overlong-dot", "%C0%AE"),
            ("path-chars", "encoded-slash", "a%2Fb"), ("path-chars", "encoded-dots", "%2e%2e"),
            ("path-chars", "semicolon", "x;jsessionid=1"), ("path-chars", "backslash", "a%5Cb"),
            ("path-chars", "raw-backslash", "a\\b"), ("path-chars", "braces", "{id}"), ("path-chars", "pipe", "a|b"),
            ("html", "script", "%3Cscript%3E"), ("long-strings", "long", "a" * 3000),
            ("path-chars", "encoded-space", "a%20b"), ("path-chars", "double-slash", "/"),
            ("ids", "uuid-upper", samples["ticketId"].upper()), ("ids", "uuid-no-dashes", samples["ticketId"].replace("-", ""))]


WRONG_TYPES = [("json-types", "number", 123), ("numbers", "negative", -1), ("json-types", "float", 1.5),
               ("numbers", "huge-int", json.loads("1" + "0" * 30)), ("json-types", "true", True),
               ("coercion", "false", False), ("coercion", "empty-string", ""), ("json-types", "array", []),
               ("json-types", "object", {}), ("json-types", "null", None), ("nul", "nul-string", "a\u0000b"),
               ("html", "script", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
               ("long-strings", "70k", "x" * 70000), ("enums", "unknown", "bogus-value"),
               ("dates", "year-10000", "+10000-01-01T00:00:00Z"), ("dates", "year-0", "0000-01-01T00:00:00Z"),
               ("dates", "year-292278994", "+292278994-08-17T07:12:55.807Z"),
               ("json-types", "array-of-mixed", [1, None, {}, "\u0000"]), ("coercion", "string-true", "true"),
               ("coercion", "string-number", "1")]
RAW_TYPES = [("numbers", "exponent-overflow", b"1e400"), ("numbers", "long-overflow", b"9223372036854775808"),
             ("numbers", "negative-zero", b"-0"), ("numbers", "nan", b"NaN"), ("invalid-utf8", "lone-surrogate",
                                                                                  b'"\\ud800"'),
             ("invalid-utf8", "raw-ff", b'"\xff\xfe"'), ("nul", "raw-nul", b'"a\x00b"')]
MARK = "\u2603sweep-raw-%d\u2603"


def mutate(base, path, value):
    """A copy of base with the value at path (a list of keys and indexes) replaced."""
    if not path:
        return value
    copy = json.loads(json.dumps(base))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return copy


def field_paths(schema, value, prefix=()):
    """Every property of the schema (and of nested objects and array items), with the example's shape."""
    props = schema.get("properties", {})
    for name, sub in props.items():
        yield prefix + (name,), sub
        child = value.get(name) if isinstance(value, dict) else None
        if isinstance(child, dict) and sub.get("properties"):
            yield from field_paths(sub, child, prefix + (name,))
        items = sub.get("items", {})
        if isinstance(child, list) and child and isinstance(child[0], dict) and items.get("properties"):
            yield from field_paths(items, child[0], prefix + (name, 0))


def body_cases(op, samples, full):
    """(class, label, content type, body bytes) for an operation that takes JSON."""
    base = example(op.body_schema, samples)
    encoded = json.dumps(base).encode()
    json_type = "application/json"
    cases = [
        ("json-syntax", "truncated", json_type, encoded[:-1]), ("json-syntax", "empty", json_type, b""),
        ("json-syntax", "null", json_type, b"null"), ("json-types", "top-array", json_type, b"[]"),
        ("json-types", "top-string", json_type, b'"x"'), ("json-types", "top-number", json_type, b"123"),
        ("json-syntax", "trailing-garbage", json_type, encoded + b" x"), ("json-syntax", "comment", json_type,
                                                                          b"/* c */" + encoded),
        ("json-syntax", "single-quotes", json_type, b"{'a': 1}"), ("json-syntax", "bom", json_type,
                                                                    b"\xef\xbb\xbf" + encoded),
        ("invalid-utf8", "body-bytes", json_type, b'{"name": "\xc3\x28\xff"}'),
        ("nesting", "deep-object", json_type, b'{"a":' * 5000 + b"1" + b"}" * 5000),
        ("nesting", "deep-array", json_type, b"[" * 100000 + b"]" * 100000),
        ("nesting", "deep-in-field", json_type,
         json.dumps(mutate(base, [next(iter(op.body_schema.get("properties", {"x": 0})))], "MARK")).encode()
         .replace(b'"MARK"', b"[" * 3000 + b"]" * 3000)),
        ("json-types", "unknown-property", json_type, json.dumps(dict(base, sweepUnknown=1)).encode()
         if isinstance(base, dict) else b'{"sweepUnknown":1}'),
        ("oversized-body", "1MB+", json_type, b'{"x":"' + b"x" * (1024 * 1024 + 10) + b'"}'),
        ("content-type", "multipart", "multipart/form-data; boundary=sweep",
         b"--sweep\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n" + encoded + b"\r\n--sweep--\r\n"),
        ("content-type", "multipart-no-boundary", "multipart/form-data", encoded),
        ("content-type", "text-plain", "text/plain", encoded), ("content-type", "xml", "application/xml",
                                                                 b"<?xml version=\"1.0\"?><a><b>1</b></a>"),
        ("content-type", "xxe", "text/xml", b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM '
                                              b'"file:///etc/passwd">]><a>&e;</a>'),
        ("content-type", "form", "application/x-www-form-urlencoded", b"name=x&subject=%00"),
        ("content-type", "garbage", "garbage", encoded), ("content-type", "wildcard", "*/*", encoded),
        ("content-type", "half", "application/", encoded), ("content-type", "latin1", "application/json; charset=latin1",
                                                            encoded),
        ("content-type", "unknown-charset", "application/json; charset=sweep", encoded),
        ("content-type", "utf16", "application/json; charset=utf-16", json.dumps(base).encode("utf-16")),
        ("content-type", "merge-patch", "application/merge-patch+json", encoded),
        ("content-type", "missing", None, encoded), ("content-type", "octet-stream", "application/octet-stream",
                                                     b"\x00\x01\x02"),
    ]
    if isinstance(base, dict) and base:
        first = next(iter(base))
        text = encoded.decode()
        cases.append(("duplicate-keys", "first-field", json_type,
                      ("{" + json.dumps(first) + ":" + json.dumps(base[first]) + "," + text[1:]).encode()))
    if not full:
        return cases
    for path, schema in field_paths(op.body_schema, base):
        name = ".".join(str(p) for p in path)
        for klass, label, value in WRONG_TYPES:
            fresh = example(op.body_schema, samples)
            cases.append((klass, name + ":" + label, json_type, json.dumps(mutate(fresh, list(path), value)).encode()))
        for klass, label, raw in RAW_TYPES:
            marked = json.dumps(mutate(example(op.body_schema, samples), list(path), "RAWMARK")).encode()
            cases.append((klass, name + ":" + label, json_type, marked.replace(b'"RAWMARK"', raw)))
        if schema.get("enum") or (schema.get("items") or {}).get("enum"):
            cases.append(("enums", name + ":case", json_type, json.dumps(mutate(
                base, list(path), str((schema.get("enum") or schema["items"]["enum"])[0]).upper())).encode()))
    return cases


def edge_cases(method, target):
    """Input refused by the HTTP edge, on any path: (class, label, method, target, extra headers, body)."""
    path, _, query = target.partition(b"?")
    q = lambda extra: path + b"?" + (query + b"&" if query else b"") + extra
    cases = [
        ("percent-encoding", "query-bad-percent", method, q(b"x=%ZZ"), [], None),
        ("percent-encoding", "query-lone-percent", method, q(b"x=%"), [], None),
        ("percent-encoding", "query-name-percent", method, q(b"%G1=1"), [], None),
        ("invalid-utf8", "query-invalid-utf8", method, q(b"x=%C3%28"), [], None),
        ("invalid-utf8", "query-raw-bytes", method, q(b"x=\xff\xfe"), [], None),
        ("nul", "query-nul-value", method, q(b"x=%00"), [], None),
        ("nul", "query-nul-name", method, q(b"%00=1"), [], None),
        ("percent-encoding", "query-many-params", method, q(b"&".join(b"p%d=1" % i for i in range(1200))), [], None),
        ("path-chars", "path-bad-percent", method, path + b"%ZZ", [], None),
        ("path-chars", "path-nul", method, path + b"%00", [], None),
        ("path-chars", "path-encoded-slash", method, path + b"%2Fx", [], None),
        ("path-chars", "path-dot-segment", method, path + b"/../x", [], None),
        ("path-chars", "path-encoded-dots", method, path + b"/%2e%2e/x", [], None),
        ("path-chars", "path-semicolon", method, path + b";x=1", [], None),
        ("path-chars", "path-double-slash", method, b"/" + path, [], None),
        ("path-chars", "path-backslash", method, path + b"\\x", [], None),
        ("path-chars", "path-raw-bytes", method, path + b"\xff", [], None),
        ("path-chars", "path-fragment", method, path + b"#x", [], None),
        ("path-chars", "path-control", method, path + b"\x7f", [], None),
        ("path-chars", "absolute-uri", method, b"http://evil.example" + path, [], None),
        ("path-chars", "asterisk", method, b"*", [], None),
        ("long-strings", "uri-10k", method, q(b"x=" + b"a" * 10000), [], None),
        ("long-strings", "uri-70k", method, q(b"x=" + b"a" * 70000), [], None),
        ("methods", "TRACE", b"TRACE", target, [], None), ("methods", "PROPFIND", b"PROPFIND", target, [], None),
        ("methods", "custom", b"SWEEP", target, [], None), ("methods", "lowercase", method.lower(), target, [], None),
        ("methods", "CONNECT", b"CONNECT", target, [], None),
        ("oversized-headers", "one-20k-header", method, target, [(b"X-Sweep", b"a" * 20000)], None),
        ("oversized-headers", "300-headers", method, target, [(b"X-Sweep-%d" % i, b"v") for i in range(300)], None),
        ("oversized-headers", "cookie-12k", method, target, [(b"Cookie", b"a=" + b"b" * 12000)], None),
        ("headers", "control-in-value", method, target, [(b"X-Sweep", b"a\x01b")], None),
        ("headers", "raw-bytes-in-value", method, target, [(b"X-Sweep", b"\xff\xfe")], None),
        ("headers", "space-in-name", method, target, [(b"X Sweep", b"1")], None),
        ("headers", "no-colon", method, target, [(b"X-Sweep-no-colon", b"")], None),
        ("headers", "bad-host", method, target, [(b"Host", b"evil.example:99999")], None),
        ("headers", "two-hosts", method, target, [(b"Host", b"a"), (b"Host", b"b")], None),
        ("headers", "content-length-and-chunked", method, target,
         [(b"Content-Length", b"3"), (b"Transfer-Encoding", b"chunked")], b"0\r\n\r\n"),
        ("headers", "negative-content-length", method, target, [(b"Content-Length", b"-1")], None),
        ("headers", "bad-chunk", method, target, [(b"Transfer-Encoding", b"chunked")], b"zz\r\nabc\r\n0\r\n\r\n"),
        ("accept", "xml", method, target, [(b"Accept", b"application/xml")], None),
        ("accept", "garbage", method, target, [(b"Accept", b"garbage")], None),
        ("accept", "html-only", method, target, [(b"Accept", b"text/html")], None),
        ("accept", "bad-quality", method, target, [(b"Accept", b"application/json;q=x")], None),
        ("content-type", "unparseable-on-get", method, target, [(b"Content-Type", b"a/b/c;;=")], None),
        ("headers", "bad-accept-language", method, target, [(b"Accept-Language", b"\xff;q=x,,")], None),
        ("headers", "bad-origin", method, target, [(b"Origin", b"null")], None),
        ("headers", "bad-range", method, target, [(b"Range", b"bytes=zz")], None),
        ("headers", "bad-forwarded", method, target, [(b"X-Forwarded-For", b"not-an-ip, \x7f"),
                                                       (b"Forwarded", b"for=;;;")], None),
    ]
    return cases


def auth_cases(method, target):
    return [("auth", label, method, target, [(b"Authorization", value)], None) for label, value in [
        ("bearer-empty", b"Bearer "), ("bearer-garbage", b"Bearer garbage"), ("bearer-jwt-shape", b"Bearer a.b.c"),
        ("bearer-none-alg", b"Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
        ("api-key-shape", b"Bearer acrm_" + b"x" * 40), ("api-key-long", b"Bearer acrm_" + b"x" * 5000),
        ("basic", b"Basic " + base64.b64encode(b"admin:admin")), ("basic-garbage", b"Basic %%%"),
        ("scheme-only", b"Bearer"), ("unknown-scheme", b"Digest x"), ("raw-bytes", b"Bearer \xff\xfe"),
        ("nul-escape", b"Bearer a%00b")]]


def header_param_cases(op, method, target, auth):
    cases = []
    for name in op.headers:
        values = [("missing", None), ("empty", b""), ("garbage", b"garbage"), ("quoted-garbage", b'"abc"'),
                  ("negative", b'"-1"'), ("overflow", b'"99999999999999999999"'), ("weak", b'W/"1"'),
                  ("star", b"*"), ("list", b'"1", "2"'), ("long", b"x" * 5000), ("control", b"a\x01b"),
                  ("raw-bytes", b"\xff\xfe"), ("unquoted-number", b"1"), ("zero", b'"0"')]
        klass = "if-match" if name.lower() == "if-match" else "idempotency-key" \
            if name.lower() == "idempotency-key" else "headers"
        for label, value in values:
            headers = list(auth) + ([] if value is None else [(as_bytes(name), value)])
            cases.append((klass, label, method, target, headers, None))
    return cases


# ---------------------------------------------------------------------------------------------------------------
# Running and judging.

FIXED_CODES = {405: {"method-not-allowed"}, 406: {"not-acceptable"}}


def documented_codes(spec):
    """The codes the document lists for each status ("Codes: `a`, `b`." in a response's description), over all
    operations, plus the fixed codes of the statuses any path may answer."""
    codes = defaultdict(set)
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            for status, response in operation.get("responses", {}).items():
                listed = re.search(r"Codes?: (.*)", response.get("description", ""))
                if listed and status.isdigit():
                    codes[int(status)] |= set(re.findall(r"`([a-z0-9-]+)`", listed.group(1)))
    for status, fixed in FIXED_CODES.items():
        codes[status] |= fixed
    return codes


def judge(answer, target, codes):
    """The violation an answer is, or None."""
    if answer.status == 0:
        return "no-answer (%s)" % answer.error
    if answer.status >= 500:
        return "server-error %d" % answer.status
    if answer.status < 400:
        return None
    body = answer.json()
    path = target.split(b"?")[0].decode("latin-1")
    if OAUTH_PROTOCOL.match(path) and isinstance(body, dict) and "error" in body:
        return None
    if not answer.content_type.startswith("application/problem+json"):
        return "non-problem %d (%s)" % (answer.status, answer.content_type or "no content type")
    if not isinstance(body, dict) or not isinstance(body.get("code"), str):
        return "problem without code %d" % answer.status
    if body.get("status") not in (None, answer.status):
        return "problem status %s on HTTP %d" % (body.get("status"), answer.status)
    if answer.status in codes and body["code"] not in codes[answer.status]:
        return "code %s undocumented for %d" % (body["code"], answer.status)
    return None


def reproducer(base_url, method, target, headers, body):
    def quote(raw):
        text = raw.decode("latin-1")
        if all(32 <= ord(c) < 127 and c not in "'\\" for c in text):
            return "'" + text + "'"
        return "$'" + "".join(c if 32 <= ord(c) < 127 and c not in "'\\" else "\\x%02x" % ord(c) for c in text) + "'"

    shown_target = target if len(target) <= 300 else target[:300] + b"...(%d bytes)" % len(target)
    parts = ["curl -sS -i --path-as-is -X", quote(method), quote(base_url.encode() + shown_target)]
    for name, value in headers:
        value = value if len(value) <= 120 else value[:120] + b"...(%d bytes)" % len(value)
        parts += ["-H", quote(name + b": " + value)]
    if body is not None:
        shown = body if len(body) <= 200 else body[:200] + b"...(%d bytes)" % len(body)
        parts += ["--data-binary", quote(shown)]
    return " ".join(parts)


class Sweep:
    def __init__(self, args):
        self.args = args
        self.http = Http(args.url, args.timeout)
        self.lock = threading.Lock()
        self.sent = Counter()
        self.per_class = Counter()
        self.statuses = defaultdict(Counter)
        self.violations = []

    def run_case(self, op_name, caller, case):
        klass, label, method, target, headers, body = case
        case_id = "%s | %s | %s:%s" % (op_name, caller, klass, label)
        if self.args.only and self.args.only not in case_id:
            return
        answer = self.http.send(method, target, headers, body)
        verdict = judge(answer, target, self.codes)
        with self.lock:
            self.sent[op_name] += 1
            self.per_class[klass] += 1
            self.statuses[op_name][answer.status] += 1
            if verdict:
                self.violations.append((case_id, verdict, reproducer(self.args.url, method, target, headers, body),
                                        answer.body[:200]))

    def cases_for(self, op, caller, token, ids, samples, api):
        """Every hostile request for one operation and one caller."""
        auth = [] if token is None else [(b"Authorization", b"Bearer " + token.encode())]
        path = op.path
        for name in op.path_params:
            path = path.replace("{%s}" % name, urllib.parse.quote(resolve_id(api, ids, op.path, name), safe=""))
        target = path.encode()
        method = op.method.encode()
        baseline_headers = list(auth)
        for name in op.headers:
            if name.lower() == "if-match":
                baseline_headers.append((b"If-Match", b'"1"'))
        body_base = None
        if op.body_schema is not None:
            body_base = json.dumps(example(op.body_schema, samples)).encode()
        json_headers = baseline_headers + ([(b"Content-Type", b"application/json")] if body_base is not None else [])
        # Every field and every query value as admin and customer (the widest and the narrowest view), or as
        # everyone with --thorough; the other callers meet each class, at fewer values.
        thorough = self.args.thorough or caller in ("admin", "customer")
        disruptive = (op.method, op.path) in DISRUPTIVE
        if disruptive:
            # Not even a well-formed request: only what the edge refuses before any handler, or it would run.
            keep = {"percent-encoding", "invalid-utf8", "nul", "oversized-headers"}
            return [(k, l, m, t, json_headers + extra, b) for k, l, m, t, extra, b in edge_cases(method, target)
                    if k in keep and l != "query-many-params"]
        baseline = self.http.send(method, target, json_headers, body_base)
        refused = baseline.status in (401, 403)
        cases = [("baseline", "well-formed", method, target, json_headers, body_base)]
        seen = set()
        for klass, label, m, t, extra, body in edge_cases(method, target):
            if caller not in ("anonymous", "admin") and klass in seen:
                continue  # the other callers meet the same edge: one case of each class is enough
            seen.add(klass)
            cases.append((klass, label, m, t, json_headers + extra if body is None else baseline_headers + extra,
                          body if body is not None else body_base))
        if caller in ("anonymous", "integration"):
            cases += auth_cases(method, target)
        cases += header_param_cases(op, method, target, json_headers)
        for name in op.path_params:
            for klass, label, value in path_values(samples):
                bad = op.path
                for other in op.path_params:
                    replacement = "\u0000" if other == name else urllib.parse.quote(
                        resolve_id(api, ids, op.path, other), safe="")
                    bad = bad.replace("{%s}" % other, replacement)
                cases.append((klass, name + ":" + label, method, bad.encode().replace(b"\x00", as_bytes(value)),
                              json_headers, body_base))
        for name, schema in op.query:
            if "{" in name:
                names = [name.replace("{fieldKey}", samples["fieldKey"]), name.replace("{fieldKey}", "nope"),
                         name.replace("{fieldKey}", "%00")]
            else:
                names = [name]
            for actual in names:
                values = query_values(actual, schema, samples)
                if refused:
                    values = values[:3]
                elif not thorough:
                    values = [v for v in values if v[0] != "strings" or v[1] in QUICK_STRINGS]
                for klass, label, value in values:
                    t = target + b"?" + as_bytes(actual) + b"=" + as_bytes(value)
                    cases.append((klass, actual + ":" + label, method, t, json_headers, body_base))
            if schema.get("type") == "array":
                t = target + b"?" + b"&".join(as_bytes(name) + b"=x%d" % i for i in range(300))
                cases.append(("numbers", name + ":300-values", method, t, json_headers, body_base))
        if body_base is not None:
            for klass, label, content_type, body in body_cases(op, samples, full=thorough and not refused):
                headers = baseline_headers + ([] if content_type is None else [(b"Content-Type",
                                                                                 as_bytes(content_type))])
                cases.append((klass, label, method, target, headers, body))
            cases.append(("oversized-body", "chunked-1MB+", method, target,
                          baseline_headers + [(b"Content-Type", b"application/json"),
                                              (b"Transfer-Encoding", b"chunked")],
                          b"".join(b"10000\r\n" + b"x" * 65536 + b"\r\n" for _ in range(17)) + b"0\r\n\r\n"))
        return cases

    def run(self):
        spec = json.load(open(self.args.spec))
        ops = operations(spec)
        self.codes = documented_codes(spec)
        print("Sweeping %d operations from %s against %s" % (len(ops), self.args.spec, self.args.url))
        callers, ids, samples, api = setup(self.http, self.args.url, self.args.api_key)
        log_start = os.path.getsize(self.args.log) if self.args.log else 0
        destructive = lambda op: op.method == "DELETE" or op.path.endswith("/erasure")
        started = time.time()
        with concurrent.futures.ThreadPoolExecutor(self.args.workers) as pool:
            for phase in (False, True):
                futures = []
                for op in ops:
                    if destructive(op) != phase:
                        continue
                    for caller, token in callers.items():
                        for case in self.cases_for(op, caller, token, ids, samples, api):
                            futures.append(pool.submit(self.run_case, op.name, caller, case))
                for future in futures:
                    future.result()
            edge_futures = []
            for method, path in EDGE_PATHS:
                name = "%s %s (edge)" % (method, path)
                for klass, label, m, t, extra, body in edge_cases(method.encode(), path.encode()):
                    edge_futures.append(pool.submit(self.run_case, name, "anonymous", (klass, label, m, t, extra, body)))
            for future in edge_futures:
                future.result()
        elapsed = time.time() - started
        self.report(elapsed)
        if self.args.violations:
            with open(self.args.violations, "w") as out:
                for case_id, verdict, line, body in sorted(self.violations):
                    out.write(json.dumps({"case": case_id, "verdict": verdict, "reproducer": line,
                                          "answer": body.decode("utf-8", "replace")}) + "\n")
        if self.args.log:
            self.scan_log(log_start)
        return 1 if self.violations else 0

    def report(self, elapsed):
        total = sum(self.sent.values())
        print("\n%-62s %7s  %s" % ("operation", "sent", "statuses"))
        for op_name in sorted(self.sent):
            statuses = " ".join("%s:%d" % (s, n) for s, n in sorted(self.statuses[op_name].items()))
            print("%-62s %7d  %s" % (op_name[:62], self.sent[op_name], statuses))
        print("\nper class: " + ", ".join("%s %d" % kv for kv in sorted(self.per_class.items())))
        everything = Counter()
        for counter in self.statuses.values():
            everything.update(counter)
        print("statuses:  " + ", ".join("%s %d" % kv for kv in sorted(everything.items())))
        server = sum(n for s, n in everything.items() if s >= 500)
        non_problem = sum(1 for v in self.violations if not v[1].startswith("server-error"))
        print("\n%d requests in %.0f s; %d 5xx; %d other violations" % (total, elapsed, server, non_problem))
        for case_id, verdict, line, body in sorted(self.violations)[:self.args.show]:
            print("\nVIOLATION %s: %s\n  %s\n  answered: %r" % (case_id, verdict, line, body))
        if len(self.violations) > self.args.show:
            print("\n... and %d more violations (--show N to see them)" % (len(self.violations) - self.args.show))
        by_kind = Counter(v[1].split(" (")[0] for v in self.violations)
        if by_kind:
            print("\nviolations by kind: " + ", ".join("%s %d" % kv for kv in by_kind.most_common()))

    def scan_log(self, start):
        with open(self.args.log, "rb") as log:
            log.seek(start)
            text = log.read().decode("utf-8", "replace")
        errors = [line for line in text.splitlines() if " ERROR " in line]
        traces = len(re.findall(r"^\s+at [\w.$]+\(", text, re.MULTILINE))
        print("\napp log during the sweep: %d ERROR lines, %d stack-trace frames" % (len(errors), traces))
        for line in errors[:10]:
            print("  " + line[:240])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("AUTOCRM_URL", "http://localhost:8080"))
    parser.add_argument("--api-key", default=os.environ.get("AUTOCRM_API_KEY"),
                        help="an API key with the admin scope (default: $AUTOCRM_API_KEY)")
    parser.add_argument("--spec", default=DEFAULT_SPEC, help="the OpenAPI document (default: docs/openapi.json)")
    parser.add_argument("--workers", type=int, default=6, help="concurrent requests (default 6)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for an answer")
    parser.add_argument("--only", help="send only the cases whose id ('METHOD path | caller | class:label') "
                                       "contains this text")
    parser.add_argument("--log", help="the app's log file: report ERROR lines and stack traces written meanwhile")
    parser.add_argument("--thorough", action="store_true",
                        help="every value for every caller (about three times as many requests)")
    parser.add_argument("--violations", help="write every violation to this file, one JSON object a line")
    parser.add_argument("--show", type=int, default=40, help="violations to print in full (default 40)")
    args = parser.parse_args()
    if not args.api_key:
        parser.error("an admin API key is needed: --api-key or AUTOCRM_API_KEY")
    sys.exit(Sweep(args).run())


if __name__ == "__main__":
    main()
