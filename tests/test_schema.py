"""The published JSON Schema describes what the loader accepts."""

from __future__ import annotations

import json

import jsonschema
import pytest

from orgexplorer.model import load_bytes
from orgexplorer.model.problems import Report
from orgexplorer.model.yamlread import YMap, YSeq, read_yaml
from orgexplorer.resources import BUNDLED_ORGANIZATION, SCHEMA, resource_path


def plain(value):
    """The located YAML values as JSON data (the view an editor's validator has)."""
    if isinstance(value, YMap):
        return {key: plain(entry) for key, entry in value.items()}
    if isinstance(value, YSeq):
        return [plain(item) for item in value]
    return value


def as_json(data: bytes):
    report = Report("t")
    value = read_yaml(data, report)
    assert not report.problems
    return plain(value)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resource_path(SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_bundled_file_is_valid(validator):
    validator.validate(as_json(resource_path(BUNDLED_ORGANIZATION).read_bytes()))


HEADER = "format: orgexplorer/1\norganization: T\n"


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ("units: [{id: a, name: A}]", True),
        ("units: [{id: a, name: A, head: {title: Chief, name: Ana}, subunits: [{id: b, name: B}]}]", True),
        ("units: [{id: a, name: A, head: Chief, responsibilities: [x, y], related: []}]", True),
        ("units: [{id: a, name: A, attached: [{id: b, name: B, kind: office}]}]", True),
        ("glossary: {SAF: Serbian Armed Forces}\nunits: [{id: a, name: A}]", True),
        ("units: [{id: a, name: {en: A, sr-Cyrl: А}, details: {Phone: '1'}}]", True),
        ("units: [{id: a, name: {english!: A}}]", False),
        ("units: [{id: a, name: A, nmae: B}]", False),
        ("units: [{id: a}]", False),
        ("units: [{id: a, name: '  '}]", False),
        ("units: [{id: a, name: [A]}]", False),
        ("units: []", False),
        ("units: [{id: a, name: A, head: {title: Chief, rank: x}}]", False),
        ('units: [{id: a, name: "A\\u202eB"}]', False),
        ("extra: 1\nunits: [{id: a, name: A}]", False),
    ],
)
def test_schema_and_loader_agree(validator, body, valid):
    data = (HEADER + body + "\n").encode()
    assert load_bytes(data).ok is valid
    assert validator.is_valid(as_json(data)) is valid
