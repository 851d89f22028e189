"""Error codes are documented; arbitrary bytes never crash the reader and text arrives unchanged."""
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsprism.ingest as ingest
from newsprism.ingest import CODES, IngestOptions, read_inputs
from newsprism.records import InputError, RawDocument

PACKAGE = Path(ingest.__file__).parent


def test_every_code_used_is_known_and_documented():
    used = set()
    for module in PACKAGE.glob("*.py"):
        used |= set(re.findall(r'"(E1\d\d)"', module.read_text()))
    used -= {"E1"}
    table = {line.split()[0] for line in ingest.__doc__.splitlines() if re.match(r"E1\d\d\s", line)}
    assert used <= set(CODES), used - set(CODES)
    assert set(CODES) == table
    for code, meaning in CODES.items():
        assert meaning.split(",")[0].split("(")[0].strip() in ingest.__doc__, code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"<html>", b"{", b"[", b"<?xml version='1.0'?><rss>", b"WARC/1.0\r\n", b"\x1f\x8b\x08"])
      .flatmap(lambda head: st.binary(max_size=500).map(lambda tail: head + tail)),
), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".xml", ".warc", ".gz", ""]))
def test_any_bytes_give_documents_or_errors_never_a_crash(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    items = list(read_inputs([str(path), str(tmp_path / "missing")], IngestOptions(max_bytes=4000)))
    assert items and all(isinstance(i, (RawDocument, InputError)) for i in items)
    assert isinstance(items[-1], InputError) and items[-1].code == "E101"  # the batch went on
    for item in items:
        assert item.source.startswith(str(path)) or item.source == str(tmp_path / "missing")
        if isinstance(item, InputError):
            assert item.code in CODES and item.code != "E199", item
            assert item.reason and "\n" not in item.reason
        elif item.source == str(path) and item.content_type in ("text/plain", "text/html") \
                and not suffix == ".gz" and not data.startswith(b"\x1f\x8b"):
            assert item.data == data  # a whole-file document is the file's bytes, unchanged
