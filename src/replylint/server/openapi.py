"""The OpenAPI 3.1 document served at /openapi.json (written by hand: it is the contract)."""

from __future__ import annotations

from ..document import MODES
from ..rulespec import AUDIENCES, CATEGORIES, CHANNELS


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERRORS = {
    "400": _json(_ref("Error"), "The body is not valid JSON (or not UTF-8)."),
    "401": _json(_ref("Error"), "A token is set and the request did not send it as `Authorization: Bearer …`."),
    "413": _json(_ref("Error"), "The body is larger than the limit (256 KiB by default)."),
    "415": _json(_ref("Error"), "The body was not sent as `application/json`."),
    "422": _json(_ref("Error"), "A field is missing, of the wrong type or unknown (channel, rule …)."),
    "503": _json(_ref("Error"), "No answer within the time limit; a `Retry-After` header says when to retry."),
}

_SCHEMAS = {
    "LintRequest": {
        "type": "object", "required": ["text", "channel"], "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "description": "The reply. Never logged or kept."},
            "channel": {"enum": list(CHANNELS)},
            "mode": {"enum": list(MODES), "default": "draft",
                     "description": "`template` for a macro: helpdesk placeholders are expected."},
            "first_message": {"type": ["boolean", "null"],
                              "description": "For chat: true when the reply opens the conversation, false "
                                             "when it continues one. Absent or null: not known, and a "
                                             "missing opening (greeting/missing) is reported at info."},
            "audience": {"enum": list(AUDIENCES),
                         "description": "Who reads the reply, for the jargon rules: `consumer`, `business` "
                                        "(a company's staff), `technical` (IT staff), or `auto`: inferred "
                                        "from the reply (an addressee with 御中, ご担当者様, 貴社 or a "
                                        "department means business; otherwise consumer). Default: the "
                                        "server's configuration (`audience`), `auto` unless set."},
            "select": {"type": "array", "items": {"type": "string"},
                       "description": "Only these rule IDs or categories (of those the server runs)."},
            "ignore": {"type": "array", "items": {"type": "string"},
                       "description": "Leave out these rule IDs or categories."},
        },
    },
    "Finding": {
        "type": "object",
        "required": ["rule", "category", "severity", "message", "line", "column", "start", "end",
                     "suggestion", "start_utf16", "end_utf16"],
        "properties": {
            "rule": {"type": "string", "examples": ["keigo/double-honorific"]},
            "category": {"enum": list(CATEGORIES)},
            "severity": {"enum": ["info", "warning", "error"]},
            "message": {"type": "string"},
            "line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1},
            "start": {"type": "integer", "description": "0-based code-point offset into text"},
            "end": {"type": "integer", "description": "code-point offset, exclusive"},
            "start_utf16": {"type": "integer", "description": "the same place in UTF-16 code units (JavaScript)"},
            "end_utf16": {"type": "integer"},
            "suggestion": {"type": ["string", "null"], "description": "a rewrite or short advice"},
            "fix": {"type": "object", "required": ["replacement", "applicability"],
                    "description": "only when the rule has an exact rewrite of [start, end)",
                    "properties": {"replacement": {"type": "string"},
                                   "applicability": {"enum": ["safe", "unsafe"]}}},
        },
    },
    "LintResult": {
        "type": "object", "required": ["findings", "score", "blocking"],
        "properties": {"findings": {"type": "array", "items": _ref("Finding")},
                       "score": {"type": "integer", "minimum": 0, "maximum": 100},
                       "blocking": {"type": "boolean", "description": "true: do not send as it is"}},
    },
    "FixRequest": {"allOf": [_ref("LintRequest"), {"type": "object", "properties": {
        "unsafe": {"type": "boolean", "default": False,
                   "description": "Apply the unsafe fixes (wording changes) too; by default only the safe ones."}}}]},
    "FixResponse": {"allOf": [_ref("LintResult"), {"type": "object", "required": ["text", "applied", "version"], "properties": {
        "text": {"type": "string", "description": "The reply with the fixes applied, until nothing changes. "
                                                  "`findings` are what remains in it (offsets into this text)."},
        "applied": {"type": "array", "description": "The fixes applied, in the order applied",
                    "items": {"type": "object", "required": ["rule", "message", "replacement", "applicability"],
                              "properties": {"rule": {"type": "string"}, "message": {"type": "string"},
                                             "replacement": {"type": "string"},
                                             "applicability": {"enum": ["safe", "unsafe"]}}}},
        "version": {"type": "string"}}}]},
    "LintResponse": {"allOf": [_ref("LintResult"), {"type": "object", "required": ["version"],
                                                     "properties": {"version": {"type": "string"}}}]},
    "BatchRequest": {"type": "object", "required": ["replies"], "additionalProperties": False,
                     "properties": {"replies": {"type": "array", "minItems": 1, "items": _ref("LintRequest")}}},
    "BatchResponse": {"type": "object", "required": ["results", "version"],
                      "properties": {"results": {"type": "array", "items": _ref("LintResult")},
                                     "version": {"type": "string"}}},
    "Rule": {"type": "object", "required": ["id", "category", "severity", "summary", "channels"],
             "properties": {"id": {"type": "string"}, "category": {"enum": list(CATEGORIES)},
                            "severity": {"type": "string"}, "summary": {"type": "string"},
                            "channels": {"type": "array", "items": {"enum": list(CHANNELS)}}}},
    "RuleDocs": {"allOf": [_ref("Rule"), {"type": "object", "properties": {
        "docs": {"type": "object", "properties": {k: {"type": "string"} for k in ("what", "why", "example", "instead")}},
        "options": {"type": "object"}}}]},
    "Error": {"type": "object", "required": ["error", "message"],
              "properties": {"error": {"type": "string", "examples": ["invalid_request"]},
                             "message": {"type": "string"}}},
}


def document(version: str) -> dict:
    secured = [{"bearer": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "replylint", "version": version,
                 "description": "Checks a Japanese customer-support reply before it is sent. The text of a "
                                "reply is personal data: the service never logs or keeps it."},
        "components": {"schemas": _SCHEMAS,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                      "description": "required when the server was given a token"}}},
        "paths": {
            "/v1/lint": {"post": {
                "summary": "Lint one reply", "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("LintRequest")}}},
                "responses": {"200": _json(_ref("LintResponse"), "Findings, score and verdict."), **_ERRORS}}},
            "/v1/lint/batch": {"post": {
                "summary": "Lint several replies; results in the order sent", "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("BatchRequest")}}},
                "responses": {"200": _json(_ref("BatchResponse"), "One result per reply."), **_ERRORS}}},
            "/v1/fix": {"post": {
                "summary": "Apply the fixes of one reply's findings (safe ones, or all with `unsafe`)",
                "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("FixRequest")}}},
                "responses": {"200": _json(_ref("FixResponse"), "The fixed text and what remains."), **_ERRORS}}},
            "/v1/rules": {"get": {
                "summary": "Every rule, as `replylint rules` lists them", "security": secured,
                "responses": {"200": _json({"type": "object", "properties": {
                    "rules": {"type": "array", "items": _ref("Rule")}, "version": {"type": "string"}}}, "The rules."),
                    "401": _ERRORS["401"]}}},
            "/v1/rules/{rule_id}": {"get": {
                "summary": "A rule's docs, as `replylint rule ID` prints them", "security": secured,
                "parameters": [{"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"},
                                "description": "category/name, e.g. keigo/double-honorific (the slash unescaped)"}],
                "responses": {"200": _json(_ref("RuleDocs"), "The rule."), "401": _ERRORS["401"],
                              "404": _json(_ref("Error"), "No such rule.")}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "The process answers."}}}},
            "/readyz": {"get": {"summary": "Readiness: tokenizer and rules loaded",
                                "responses": {"200": {"description": "Ready."},
                                              "503": _json(_ref("Error"), "Still loading.")}}},
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}},
            "/": {"get": {"summary": "The agents' web page", "responses": {"200": {"description": "HTML"}}}},
        },
    }
