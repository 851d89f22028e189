"""Every key of the JSON document, and every field of the records in it, is documented."""
import dataclasses
import re
from pathlib import Path

from newsprism import records
from newsprism.report.document import build_document

DOC = (Path(__file__).resolve().parents[2] / "docs" / "analysis-json.md").read_text()
DOCUMENTED = set(re.findall(r"`([a-z_]+)`", DOC)) | set(re.findall(r"^## (.+)$", DOC, re.M))
IN_DOCUMENT = [records.Article, records.Segment, records.Comment, records.InputError, records.Entity,
               records.Merge, records.Mention, records.Quote, records.Claim, records.Quantity,
               records.DateRef, records.Story, records.Membership, records.Storyline,
               records.Duplicate, records.ClaimGroup, records.QuoteGroup, records.QuoteMember,
               records.FramingFinding, records.SentenceStance, records.NamingRow,
               records.OutletProfile]


def test_every_top_level_key_is_documented():
    for key in build_document(records.Analysis()):
        assert key in DOC, f"top-level key {key!r} is not in docs/analysis-json.md"


def test_every_record_field_is_documented():
    words = set(re.findall(r"[a-z_]+", DOC))
    missing = [f"{cls.__name__}.{f.name}" for cls in IN_DOCUMENT for f in dataclasses.fields(cls)
               if f.name not in words]
    assert not missing, f"document these fields in docs/analysis-json.md: {missing}"
