"""Tables out of the store as JSONL or Parquet, one record a row, for pandas and friends."""
from __future__ import annotations

import json
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.records import to_json
from newsprism.report.document import build_document
from newsprism.store.sqlite import Store


def table_rows(store: Store, table: str) -> list[dict]:
    """The rows of one table of the analysis document (same shapes as the JSON document)."""
    document = build_document(store.analysis())
    if table not in document or not isinstance(document[table], list):
        raise NewsprismError("E703", f"no table {table!r} to export")
    return document[table]


def export_table(store: Store, table: str, out: str | Path, fmt: str = "jsonl") -> int:
    rows = table_rows(store, table)
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(to_json(row), ensure_ascii=False) + "\n")
        return len(rows)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise NewsprismError("E704", "Parquet export needs pyarrow: pip install pyarrow") from exc
        # Nested values (spans, lists of records) travel as JSON text so every column has one type.
        flat = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                 for k, v in row.items()} for row in rows]
        pq.write_table(pa.Table.from_pylist(flat), out)
        return len(rows)
    raise NewsprismError("E705", f"unknown export format {fmt!r} (jsonl or parquet)")
