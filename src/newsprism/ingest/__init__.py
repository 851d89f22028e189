"""ingest: files, folders, URLs, feeds, JSON / JSONL and WARC archives → RawDocuments.

    from newsprism.ingest import IngestOptions, read_inputs
    for item in read_inputs(["saved/", "https://example.org/news/1", "crawl.warc.gz"]):
        ...  # a RawDocument (bytes kept as they came) or an InputError (input + one-line reason)

A bad input never stops the batch: it becomes an InputError and reading goes on. Members of a
container are named "file.jsonl#line-3", "file.json#item-2", "feed.xml#entry-1",
"crawl.warc.gz#record-4" (all counted from 1). Metadata that came with a member (JSON fields,
feed entry, WARC target URI) is in RawDocument.hints; the clean stage decides what to trust.

Modules: options (IngestOptions), reader (read_inputs), files (paths, folders, .gz), dispatch
(checks every input passes), sniff (kind by content), encoding (text encodings), jsonrecords,
feeds, warc, mhtml (single-file saved pages), fetch (the safe URL fetcher), addresses (which
addresses may be reached), codes.

Error codes
===========
====  ===================================================  ==========================================
code  meaning                                              what to do
====  ===================================================  ==========================================
E101  input not found                                      check the path; URLs need http(s)://
E102  over the size cap                                    raise --max-bytes if the input is genuine
E103  empty: nothing to read                               nothing lost; check the export
E104  binary file, not a text document                     convert PDF / Word files to text or HTML
E105  text encoding cannot be determined                   re-save the file as UTF-8
E106  not a document newsprism reads                       stylesheets, scripts, non-feed XML
E107  compressed data truncated or corrupt                 re-download or re-compress the file
E108  malformed JSON / JSONL, or a record without text     fix the line named; records need text/html
E109  malformed feed, or a feed without entries            check the feed URL or file
E110  WARC archive truncated or corrupt                    records before the damage were kept
E111  cannot read the file or folder                       permissions, broken links, special files
E112  folder holds more files than the limit               raise max_files
E120  URL scheme not allowed                               only http and https are fetched
E121  address refused (private, loopback, link-local, ...) --allow-private, for a server you trust
E122  cannot resolve or connect                            check the host name and the network
E123  timed out                                            raise --timeout for a slow server
E124  too many redirects                                   open the URL in a browser to see the loop
E125  HTTP error status                                    the server refused or lost the page
E126  content type refused                                 only html, xml, text, json and feeds
E127  HTTP protocol error                                  the server's response was malformed
E199  unexpected error while reading                       a bug: please report it with the input
====  ===================================================  ==========================================
"""
from newsprism.ingest.codes import CODES
from newsprism.ingest.encoding import decode_text
from newsprism.ingest.options import IngestOptions
from newsprism.ingest.reader import read_inputs

__all__ = ["CODES", "IngestOptions", "decode_text", "read_inputs"]
