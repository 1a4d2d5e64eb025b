"""The span-keeping CSV reader: same values as the csv module, exact spans, clear errors."""

from __future__ import annotations

import csv
import io

import pytest

from adapters.catalog.csv_text import CsvDocument, encode_cell
from plugin.errors import ValidationError


def test_reads_the_same_values_as_the_csv_module(woo_sample: bytes, shopify_sample: bytes) -> None:
    for data in (woo_sample, shopify_sample):
        document = CsvDocument.from_bytes(data)
        expected = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert [record.values() for record in document.records] == expected


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
