"""Reading CSV text: values fast, or with every cell's place in the text for edits.

The csv module would re-serialise the whole file, changing the quoting of cells nobody edited
(WooCommerce quotes some cells and not others). :class:`CsvDocument` keeps each cell's raw
span; a change splices new text into that span and leaves every other byte alone. Reading
listings needs no spans: :func:`read_records` gives the same values, record for record, at the
csv module's speed and without a span object per cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from plugin.errors import ValidationError

UTF8_BOM = b"\xef\xbb\xbf"
# NUL and the other C0 controls but tab and line ends: no product text has them, PostgreSQL
# refuses NUL outright, and a cell holding them is a sign of a binary or corrupted file.
# Searched in the bytes: in UTF-8 these are single bytes that no longer character contains.
CONTROL_CHARACTERS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Record:
    """One CSV record: its cells and where its line terminator starts (``end``)."""

    cells: tuple[Cell, ...]
    start: int
    end: int
    line: int

    @property
    def is_blank(self) -> bool:
        return len(self.cells) == 1 and self.cells[0].start == self.cells[0].end

    def values(self) -> list[str]:
        return [cell.value for cell in self.cells]


def encode_cell(value: str, *, quote_spaces: bool = False) -> str:
    """Quote a value only when CSV needs it (or, with ``quote_spaces``, as PHP's fputcsv does)."""
    needs_quotes = (
        any(ch in value for ch in ',"\r\n')
        or value != value.strip()
        or (quote_spaces and any(ch in value for ch in " \t"))
    )
    if not needs_quotes:
        return value
    return '"' + value.replace('"', '""') + '"'


class CsvDocument:
    """A parsed CSV text that can produce a copy with some cells changed or appended."""

    def __init__(self, text: str, *, bom: bool = False) -> None:
        self.text = text
        self.bom = bom
        self.records = _tokenise(text)

    @classmethod
    def from_bytes(cls, data: bytes) -> CsvDocument:
        text, bom = decode(data)
        return cls(text, bom=bom)

    def to_bytes(self) -> bytes:
        return (UTF8_BOM if self.bom else b"") + self.text.encode("utf-8")

    def edited(self, changes: Mapping[tuple[int, int], str], *, quote_spaces: bool = False) -> str:
        """The text with ``changes`` ({(record index, column index): value}) applied.

        A column past a record's last cell is reached by appending separators and empty cells;
        nothing outside the changed cells moves.
        """
        by_record: dict[int, dict[int, str]] = {}
        for (row, col), value in changes.items():
            by_record.setdefault(row, {})[col] = value
        pieces: list[str] = []
        pos = 0
        for row in sorted(by_record):
            record = self.records[row]
            cols = by_record[row]
            for col in sorted(c for c in cols if c < len(record.cells)):
                cell = record.cells[col]
                pieces.append(self.text[pos : cell.start])
                pieces.append(encode_cell(cols[col], quote_spaces=quote_spaces))
                pos = cell.end
            beyond = sorted(c for c in cols if c >= len(record.cells))
            if beyond:
                pieces.append(self.text[pos : record.end])
                pos = record.end
                last = len(record.cells) - 1
                for col in beyond:
                    pieces.append("," * (col - last))
                    pieces.append(encode_cell(cols[col], quote_spaces=quote_spaces))
                    last = col
        pieces.append(self.text[pos:])
        return "".join(pieces)


def decode(data: bytes) -> tuple[str, bool]:
    """The file's text and whether it started with a UTF-8 byte-order mark; a file that is not
    UTF-8, or holds a control character, is refused."""
    bom = data.startswith(UTF8_BOM)
    body = data[len(UTF8_BOM) :] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise ValidationError(
            f"The file is not UTF-8 text (first bad byte on line {line}); "
            "save it as 'CSV UTF-8' and import it again."
        ) from exc
    _refuse_control_characters(body)
    return text, bom


_CHUNK = 1 << 20


def check_text(data: bytes) -> None:
    """Refuse what :func:`decode` refuses, in the same order, without holding the whole text."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(data[start : start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        decode(data)  # raises, naming the line
        raise
    _refuse_control_characters(data)


# Read after the text: two cells of control characters, which no accepted text holds. The csv
# module reads a quote still open at the end of the text as a cell that runs to the end, so this
# record then ends up inside that cell instead of standing on its own.
_END = "\x01,\x02"
_END_RECORD = ["\x01", "\x02"]


def read_records(data: bytes) -> Iterator[list[str]]:
    """Each record's values, as :class:`CsvDocument` reads them (a blank line is ``[""]``),
    decoded a little at a time; a quoted cell that is never closed is refused when reached."""
    check_text(data)
    # The csv module's limit is for the whole process (128 KiB by default); a cell of this file
    # is no longer than the file.
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    lines = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    reader = csv.reader(itertools.chain(lines, [_END]))
    for index in itertools.count():
        line = reader.line_num + 1
        values = next(reader)
        if values == _END_RECORD:
            return
        if values and values[-1].endswith(_END):
            raise _never_closed(index + 1, line)
        yield values or [""]


def _never_closed(row: int, line: int) -> ValidationError:
    return ValidationError(
        f"Row {row} (line {line}): a quoted cell is never closed; the file ends inside "
        'quotes. Check for a missing closing " in that row.'
    )


def _tokenise(text: str) -> list[Record]:
    """Split CSV text into records (RFC 4180, lenient like PHP's fgetcsv about stray quotes)."""
    records: list[Record] = []
    n = len(text)
    pos = 0
    line = 1
    while pos < n:
        record_start = pos
        record_line = line
        cells: list[Cell] = []
        while True:
            cell_start = pos
            parts: list[str] = []
            if pos < n and text[pos] == '"':
                pos += 1
                while True:
                    close = text.find('"', pos)
                    if close < 0:
                        raise _never_closed(len(records) + 1, record_line)
                    parts.append(text[pos:close])
                    line += text.count("\n", pos, close)
                    if close + 1 < n and text[close + 1] == '"':
                        parts.append('"')
                        pos = close + 2
                        continue
                    pos = close + 1
                    break
            stop = pos
            while stop < n and text[stop] not in ",\r\n":
                stop += 1
            parts.append(text[pos:stop])
            pos = stop
            cells.append(Cell(cell_start, pos, "".join(parts)))
            if pos < n and text[pos] == ",":
                pos += 1
                continue
            break
        record_end = pos
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < n:
            pos += 1
        if pos > record_end:
            line += 1
        records.append(Record(tuple(cells), record_start, record_end, record_line))
    return records


def _refuse_control_characters(data: bytes) -> None:
    found = CONTROL_CHARACTERS.search(data)
    if found is not None:
        line = data.count(b"\n", 0, found.start()) + 1
        raise ValidationError(
            f"The file has a control character (U+{found.group()[0]:04X}) on line {line}; "
            "product text cannot hold one. Remove it (or export the CSV again) and import again."
        )
