"""The CSV dialect of interfaces.md: escaping both ways, quoting, numbers, BOM, CRLF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poems_tracker.exchange.csv_format import (
    FILES,
    MAX_FILE_BYTES,
    BadFile,
    LineReader,
    escape_cell,
    read_records,
    size_problem,
    unescape_cell,
    write_csv,
)


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1 extra", "'+1 extra"),
        ("-2 kg", "'-2 kg"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\tindented", "'\tindented"),
        ("\rodd", "'\rodd"),
        ("'tis fine", "''tis fine"),
        ("'=x", "''=x"),
        ("plain note", "plain note"),
        ("2840", "2840"),
        ("", ""),
    ],
)
def test_formula_cells_get_a_leading_apostrophe(stored: str, written: str) -> None:
    assert escape_cell(stored) == written
    assert unescape_cell(written) == stored


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("'tis fine", "'tis fine"),  # the contract's own example: kept exactly
        ("'=1+1", "=1+1"),  # ... and this one
        ("''tis fine", "'tis fine"),
        ("'hello", "'hello"),
        ("'", "'"),
        ("=1+1", "=1+1"),  # a bare formula in a hand-made file is kept as text
    ],
)
def test_import_removes_one_apostrophe_only_before_a_formula_character(
    cell: str, stored: str
) -> None:
    assert unescape_cell(cell) == stored


@given(st.text())
def test_escaping_is_reversible_for_any_text(text: str) -> None:
    assert unescape_cell(escape_cell(text)) == text


def test_written_file_has_bom_crlf_and_quotes_only_where_needed(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_csv(
        path,
        FILES["events.csv"],
        [
            ["2023-04-20", "", "diagnosis", "POEMS syndrome confirmed"],
            ["2023-05-05", "2024-01-11", "chemotherapy", "Lenalidomide + dexamethasone, 9 cycles"],
            ["2024-01-30", "2024-02-19", "radiation", "line one\nline two"],
            ["2024-03-01", "", "other", 'she said "hi"'],
            ["2024-03-02", "", "other", '=HYPERLINK("x")'],
        ],
    )
    assert path.read_bytes() == (
        "\ufeffstart_date,end_date,kind,description\r\n"
        "2023-04-20,,diagnosis,POEMS syndrome confirmed\r\n"
        '2023-05-05,2024-01-11,chemotherapy,"Lenalidomide + dexamethasone, 9 cycles"\r\n'
        '2024-01-30,2024-02-19,radiation,"line one\nline two"\r\n'
        '2024-03-01,,other,"she said ""hi"""\r\n'
        '2024-03-02,,other,"\'=HYPERLINK(""x"")"\r\n'
    ).encode("utf-8")
    assert not list(tmp_path.glob("*.part"))


def _records(data: bytes) -> list[tuple[int, list[str]]]:
    return [(r.line, r.cells) for r in read_records(LineReader(io.BytesIO(data)))]


def test_reading_accepts_bom_crlf_or_lf_and_counts_physical_lines() -> None:
    data = ("\ufeffa,b\r\n1,\"x\r\ny\"\n2,'=z\n3,''q\r\n").encode()
    assert _records(data) == [
        (1, ["a", "b"]),
        (2, ["1", "x\r\ny"]),
        (4, ["2", "=z"]),
        (5, ["3", "'q"]),
    ]


def test_bad_bytes_name_their_line() -> None:
    data = b"a,b\n1,2\n3,\xff\xfe\n"
    with pytest.raises(BadFile) as caught:
        _records(data)
    assert caught.value.problem.line == 3
    assert "not UTF-8" in caught.value.problem.text()


def test_a_line_without_end_is_read_in_bounded_pieces() -> None:
    data = b"a,b\n" + b"x" * (2 * 1024 * 1024)
    with pytest.raises(BadFile) as caught:
        _records(data)
    assert caught.value.problem.line == 2
    assert "longer than 1 MB" in caught.value.problem.text()


def test_a_huge_file_is_refused_before_reading_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "doses.csv"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    problem = size_problem(path)
    assert problem is not None
    assert problem.text() == (
        f"The file is 200 MB; files larger than "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB are not imported."
    )


def test_an_empty_file_or_a_bare_bom_is_empty(tmp_path: Path) -> None:
    for content in (b"", "\ufeff".encode()):
        path = tmp_path / "labs.csv"
        path.write_bytes(content)
        problem = size_problem(path)
        assert problem is not None
        assert problem.line == 1
        assert "empty" in problem.text()
