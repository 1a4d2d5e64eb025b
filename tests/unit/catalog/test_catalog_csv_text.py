"""The span-keeping CSV reader: same values as the csv module, exact spans, clear errors."""

from __future__ import annotations

import csv
import io
import random

import pytest

from adapters.catalog.csv_text import CsvDocument, encode_cell, read_records
from plugin.errors import ValidationError


def test_reads_the_same_values_as_the_csv_module(woo_sample: bytes, shopify_sample: bytes) -> None:
    for data in (woo_sample, shopify_sample):
        document = CsvDocument.from_bytes(data)
        expected = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert [record.values() for record in document.records] == expected


def spans_and_values(text: str) -> list[list[str]] | str:
    """What each reader makes of ``text``: its records' values, or the row its error names
    (the line differs where a lone carriage return sits inside quotes: the csv module counts
    it as a line end, the span reader does not)."""
    try:
        return [record.values() for record in CsvDocument(text).records]
    except ValidationError as exc:
        return exc.message.split(" (line")[0]


def values_only(text: str) -> list[list[str]] | str:
    try:
        return list(read_records(text.encode()))
    except ValidationError as exc:
        return exc.message.split(" (line")[0]


def test_the_fast_reader_agrees_with_the_span_reader_record_for_record() -> None:
    """Import reads values with the csv module and writing back finds cells with the span
    reader, by record number: they must agree on every record of any text, odd quotes, lone
    carriage returns, blank lines and unclosed quotes included."""
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice('a,"\n\r é') for _ in range(rng.randint(0, 30)))
        assert values_only(text) == spans_and_values(text), repr(text)


def test_the_fast_reader_takes_cells_longer_than_the_csv_modules_default_limit() -> None:
    long = "x" * 200_000
    assert list(read_records(f'a,b\n"{long}",1\n'.encode())) == [["a", "b"], [long, "1"]]


def test_the_fast_reader_refuses_what_the_span_reader_refuses() -> None:
    for data in (b"Name\nCaf\xe9\n", b"Name\nMu\x00g\n"):
        with pytest.raises(ValidationError) as fast:
            list(read_records(data))
        with pytest.raises(ValidationError) as spans:
            CsvDocument.from_bytes(data)
        assert fast.value.message == spans.value.message


def test_every_cell_span_holds_its_raw_text() -> None:
    text = 'a,"b, c",,"say ""hi"""\r\n1,2,3,4\r\n'
    document = CsvDocument(text)
    raws = [[text[c.start : c.end] for c in r.cells] for r in document.records]
    assert raws == [["a", '"b, c"', "", '"say ""hi"""'], ["1", "2", "3", "4"]]
    assert document.records[1].values() == ["1", "2", "3", "4"]


def test_a_quoted_cell_may_span_lines_and_counts_as_one_row() -> None:
    document = CsvDocument('h1,h2\n"line one\nline two",x\nlast,y\n')
    assert len(document.records) == 3
    assert document.records[1].values() == ["line one\nline two", "x"]
    assert document.records[2].line == 4


def test_blank_lines_are_records_so_row_numbers_match_a_spreadsheet() -> None:
    document = CsvDocument("h\n\nvalue\n")
    assert [r.is_blank for r in document.records] == [False, True, False]


def test_unterminated_quote_names_the_row_and_line() -> None:
    with pytest.raises(ValidationError) as caught:
        CsvDocument('Name,Description\nMug,"fine"\nBottle,"never closed\nmore text\n')
    message = caught.value.message
    assert "Row 3" in message and "line 3" in message and "never closed" in message


def test_not_utf8_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="not UTF-8.*line 2"):
        CsvDocument.from_bytes(b"Name\nCaf\xe9\n")


def test_bom_is_kept_apart_and_restored() -> None:
    data = b"\xef\xbb\xbfID,Name\r\n1,Mug\r\n"
    document = CsvDocument.from_bytes(data)
    assert document.bom and document.records[0].values() == ["ID", "Name"]
    assert document.to_bytes() == data
    assert list(read_records(data)) == [["ID", "Name"], ["1", "Mug"]]


@pytest.mark.parametrize(
    ("value", "quote_spaces", "expected"),
    [
        ("plain", False, "plain"),
        ("two words", False, "two words"),
        ("two words", True, '"two words"'),
        ("a,b", False, '"a,b"'),
        ('say "hi"', False, '"say ""hi"""'),
        ("line\nbreak", False, '"line\nbreak"'),
        (" padded", False, '" padded"'),
        ("", True, ""),
    ],
)
def test_encode_cell_quotes_only_when_needed(value: str, quote_spaces: bool, expected: str) -> None:
    assert encode_cell(value, quote_spaces=quote_spaces) == expected


def test_edited_changes_only_the_named_cells() -> None:
    text = 'a,"b",c\r\n1,"2",3\r\n'
    document = CsvDocument(text)
    edited = document.edited({(1, 1): "two, 2"})
    assert edited == 'a,"b",c\r\n1,"two, 2",3\r\n'


def test_edited_appends_cells_past_the_end_of_short_rows() -> None:
    document = CsvDocument("a,b,c\n1\n")
    edited = document.edited({(0, 3): "d", (1, 3): "x"})
    assert edited == "a,b,c,d\n1,,,x\n"
    assert list(csv.reader(io.StringIO(edited))) == [["a", "b", "c", "d"], ["1", "", "", "x"]]
