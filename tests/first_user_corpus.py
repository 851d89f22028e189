"""A first user's folder (invented text): three plain-text copies of one story from unnamed outlets (no
title line, no date), the same text saved twice under another name, and an image named .txt."""
from pathlib import Path

TEXTS = {
    "quay-one.txt": (
        "A crane collapsed on Tuesday at the Lenholm harbour and injured three dock workers, the port "
        "authority said in a statement.\n"
        "\"We have closed the north quay until the inspectors finish their work,\" said port director Dana "
        "Whitfield.\n"
        "The crane had been inspected in March, the port authority said.\n"
        "Police said the cause of the collapse was not yet known.\n"),
    "quay-two.txt": (
        "Three dock workers were injured on Tuesday when a crane collapsed at the Lenholm harbour, the port "
        "authority said.\n"
        "\"We have closed the north quay until the inspectors finish their work,\" port director Dana Whitfield "
        "told reporters.\n"
        "Union leader Mark Tennant said the workers had complained about the crane for months.\n"
        "Police said the cause of the collapse was not yet known.\n"),
    "quay-three.txt": (
        "A crane at the Lenholm harbour collapsed on Tuesday, injuring three dock workers, according to the "
        "port authority.\n"
        "Port director Dana Whitfield said the north quay would stay closed until the inspectors finish their "
        "work.\n"
        "The crane had been inspected in March, the port authority said.\n"
        "Two of the injured workers were released from hospital on Wednesday, a hospital spokesman said.\n"),
}
COPY = "saved again, quay-two.txt"  # the same text as quay-two.txt, read after it (folders are read in order)
NAMES = tuple(TEXTS)


def write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / COPY).write_text(TEXTS["quay-two.txt"], encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder
