"""The ``copydesk`` command line, run as a user would (its own app, its own database file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plugin.cli import main
from tests.integration.pipeline.conftest import SAMPLE


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    runner = CliRunner()

    def run(*args: str, ok: bool = True):  # type: ignore[no-untyped-def]
        result = runner.invoke(main, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    run("db", "upgrade")
    return run


def test_every_command_has_help(cli) -> None:  # type: ignore[no-untyped-def]
    for command in (
        ["serve"],
        ["worker"],
        ["db", "upgrade"],
        ["model", "prepare"],
        ["catalog", "import"],
        ["catalog", "export"],
        ["sync"],
        ["generate"],
        ["check"],
        ["shop", "token"],
        ["shop", "data-requests"],
    ):
        assert "Usage:" in cli(*command, "--help").output


def test_import_reports_bad_rows_with_their_numbers_and_keeps_the_rest(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    # Row 3 (the second product) loses its name: it must be reported, the others imported.
    header = lines[0].rstrip("\r\n").split(",")
    broken = lines[2].replace(",Hoodie,", ",,", 1)
    assert broken != lines[2]
    path = tmp_path / "broken.csv"
    path.write_text("".join([lines[0], lines[1], broken, *lines[3:]]), encoding="utf-8")
    result = cli("catalog", "import", str(path), "--shop", "shop1")
    assert "row 3" in result.output
    assert "skipped" in result.output
    assert len(header) > 40


def test_unknown_file_format_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nope.csv"
    path.write_text("a,b,c\n1,2,3\n")
    result = cli("catalog", "import", str(path), "--shop", "x", ok=False)
    assert result.exit_code != 0
    assert "WooCommerce" in result.output and "Shopify" in result.output


@pytest.mark.parametrize("character", ["\x00", "\x1b"])
def test_a_control_character_in_a_cell_refuses_the_import_and_leaves_nothing(
    cli, tmp_path: Path, character: str
) -> None:  # type: ignore[no-untyped-def]
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines[3] = lines[3].replace("Hoodie", f"Hoo{character}die", 1)
    assert character in lines[3]
    path = tmp_path / "broken.csv"
    path.write_text("".join(lines), encoding="utf-8")
    result = cli("catalog", "import", str(path), "--shop", "broken", ok=False)
    assert result.exit_code != 0
    assert f"control character (U+{ord(character):04X}) on line 4" in result.output
    assert not (tmp_path / "instance" / "catalogs" / "broken.csv").exists()
    assert "no shop named 'broken'" in cli("shop", "token", "--shop", "broken", ok=False).output


def test_shop_token_prints_the_token_alone_on_the_last_line(cli) -> None:  # type: ignore[no-untyped-def]
    cli("catalog", "import", str(SAMPLE), "--shop", "shop2")
    token = cli("shop", "token", "--shop", "shop2").output.strip().splitlines()[-1]
    assert token.startswith("cd_") and " " not in token


def test_unknown_shop_is_an_error_on_stderr(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("shop", "token", "--shop", "nobody", ok=False)
    assert result.exit_code == 1
    assert "no shop named 'nobody'" in result.output


def test_generate_tells_of_a_listing_in_another_language(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An invented Shopify shop selling Finnish wool socks; the shop writes copy in English.
    path = tmp_path / "socks.csv"
    path.write_text(
        "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,"
        "Variant SKU,Variant Price\n"
        "villasukat,Käsin neulotut villasukat lampaanvillasta,,Neuletupa,Sukat,"
        '"käsityö, villa, lämmin talveen",TRUE,Koko,Naisten koko,VS-1,24.00\n',
        encoding="utf-8",
    )
    cli("catalog", "import", str(path), "--shop", "socks")
    result = cli("generate", "--shop", "socks", "--product", "VS-1")
    assert (
        "This listing is written in Finnish; the shop writes copy in English. "
        "Set the copy language in Settings to write in Finnish." in result.output
    )


def test_export_into_a_folder_that_does_not_exist_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "kites.csv"
    source.write_text(
        "Handle,Title,Body (HTML),Variant Price\nbox-kite,Box Kite,,29.00\n", encoding="utf-8"
    )
    cli("catalog", "import", str(source), "--shop", "kites")
    target = tmp_path / "exports" / "kites.csv"
    result = cli("catalog", "export", str(target), "--shop", "kites", ok=False)
    assert result.exit_code == 1
    assert f"cannot write {target}" in result.output
    assert "No such file or directory" in result.output
    assert not target.parent.exists()
