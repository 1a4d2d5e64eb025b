"""``copydesk check``: JSON out, exit status by verdict, clear errors for bad input."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import plugin.guardrails
from plugin.cli.check import check_command

GOOD = (
    "<p>The Tidepool Insulated Water Bottle holds 750 ml and keeps drinks cold. It is made "
    "from 18/8 stainless steel and comes in Ocean Blue or Coral.</p>"
)


@pytest.fixture
def files(tmp_path, bottle):
    listing = tmp_path / "listing.json"
    listing.write_text(json.dumps(bottle.to_dict()))

    def draft(text: str, name: str = "draft.html"):
        path = tmp_path / name
        path.write_text(text)
        return str(listing), str(path)

    return draft


def run(*args):
    return CliRunner().invoke(check_command, list(args))


@pytest.mark.parametrize(
    ("extra", "verdict", "status"),
    [
        ("", "pass", 0),
        ("<p>It is made in Italy.</p>", "block", 1),
        ("<p>An eco-friendly choice.</p>", "warn", 3),
    ],
)
def test_verdict_and_exit_status(files, extra, verdict, status):
    listing, draft = files(GOOD + extra)
    result = run("--listing", listing, "--text", draft)
    assert result.exit_code == status
    out = json.loads(result.stdout)
    assert out["verdict"] == verdict
    assert all(set(f) >= {"rule", "start", "end", "message", "suggestion", "fact"}
               for f in out["findings"])  # fmt: skip


def test_other_kinds_and_shop_settings(files, tmp_path):
    seo = {"title": "Tidepool bottle", "description": "A cheap 750 ml bottle in Ocean Blue."}
    listing, draft = files(json.dumps(seo))
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"banned_words": ["cheap"]}))
    result = run(
        "--listing", listing, "--text", draft, "--kind", "seo", "--settings", str(settings)
    )
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "compliance.banned_word"


def test_bad_input_exits_2_with_a_message(files, tmp_path):
    listing, draft = files(GOOD)
    missing = run("--listing", str(tmp_path / "none.json"), "--text", draft)
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run("--listing", str(broken), "--text", draft)
    assert result.exit_code == 2 and "not valid JSON" in result.stderr
    broken.write_text('{"tags": []}')
    result = run("--listing", str(broken), "--text", draft)
    assert result.exit_code == 2 and "title" in result.stderr


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"title": 42}, "title"),
        ({"tags": "bpa-free, leak-proof"}, "tags"),
        ({"options": {"Color": [["Ocean Blue"]]}}, "options.Color[0]"),
        ({"attributes": {"Material": {"main": {"inner": "steel"}}}}, "attributes.Material"),
        ({"attributes": ["Material", "steel"]}, "attributes"),
        ({"variants": [{"price": {"amount": 32}}]}, "variants[0].price"),
        ({"variants": "one"}, "variants"),
        ({"weight": "2 lb"}, "weight"),
        ({"weight": {"value": "two", "unit": "lb"}}, "weight.value"),
        ({"dimensions": {"length": [1, 2], "unit": "cm"}}, "dimensions.length"),
        ({"seo": {"title": "T", "description": ["D"]}}, "seo"),
        ({"faq": [{"question": "Q?", "answer": {"text": "A"}}]}, "faq[0]"),
        ({"updated_at": "yesterday"}, "updated_at"),
    ],
)
def test_a_listing_with_values_of_the_wrong_type_exits_2_naming_the_field(
    files, tmp_path, bottle, change, named
):
    _, draft = files(GOOD)
    listing = tmp_path / "wrong.json"
    listing.write_text(json.dumps({**bottle.to_dict(), **change}))
    result = run("--listing", str(listing), "--text", draft)
    assert result.exit_code == 2, result.stdout
    assert named in result.stderr and "Traceback" not in result.stderr


def test_a_listing_nested_too_deep_to_parse_exits_2(files, tmp_path):
    _, draft = files(GOOD)
    listing = tmp_path / "deep.json"
    listing.write_text('{"title": "Bottle", "attributes": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = run("--listing", str(listing), "--text", draft)
    assert result.exit_code == 2 and "nested too deeply" in result.stderr


def test_scalar_option_values_and_number_prices_are_read_as_the_format_means(files, tmp_path):
    listing = tmp_path / "loose.json"
    loose = {"title": "Water Bottle", "price": 32, "attributes": {"Capacity": "750 ml"}}
    listing.write_text(json.dumps(loose))
    _, draft = files("<p>A water bottle that holds 750 ml, for $32 at most, every single day.</p>")
    result = run("--listing", str(listing), "--text", draft)
    assert result.exit_code == 0, result.stdout


def test_a_merchants_short_edit_warns_on_length_instead_of_blocking(files):
    listing, draft = files("<p>Holds 750 ml.</p>")
    assert run("--listing", listing, "--text", draft).exit_code == 1
    edited = run("--listing", listing, "--text", draft, "--edited")
    assert edited.exit_code == 3
    assert [f["rule"] for f in json.loads(edited.stdout)["findings"]] == ["quality.length"]


def test_guardrails_import_no_web_database_or_model_code():
    """``plugin/__init__`` builds the Flask app; the guardrails themselves must not need it."""
    package = Path(plugin.guardrails.__file__).parent
    imported = set()
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert imported.isdisjoint({"flask", "sqlalchemy", "torch", "transformers", "requests"})
    assert "yaml" in imported and "nh3" in imported


def test_importing_the_guardrails_loads_no_web_database_or_model_code():
    """The AST check above misses what ``plugin/__init__`` imports; a fresh interpreter does not."""
    probe = (
        "import sys, plugin.guardrails; "
        "print(sorted(m for m in ('flask', 'sqlalchemy', 'torch') if m in sys.modules))"
    )
    root = Path(plugin.guardrails.__file__).parents[2]
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_listing_in_another_language_is_noted_without_changing_the_verdict(tmp_path):
    finnish = {
        "external_id": "fi-1",
        "title": "Käsin neulotut villasukat lampaanvillasta",
        "product_type": "Sukat",
        "categories": ["Vaatteet > Sukat"],
        "tags": ["käsityö", "villa", "lämmin talveen"],
        "attributes": {"Materiaali": ["lampaanvilla"], "Hoito": ["pestään käsin viileässä"]},
    }
    listing = tmp_path / "listing.json"
    listing.write_text(json.dumps(finnish))
    draft = tmp_path / "draft.html"
    draft.write_text("<p>Käsin neulotut villasukat pitävät varpaat lämpiminä.</p>")
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"language": "en"}))
    result = run("--listing", str(listing), "--text", str(draft), "--settings", str(settings))
    out = json.loads(result.stdout)
    assert out["notices"] == [
        "This listing is written in Finnish; the shop writes copy in English. "
        "Set the copy language in Settings to write in Finnish."
    ]
    settings.write_text(json.dumps({"language": "fi"}))
    again = run("--listing", str(listing), "--text", str(draft), "--settings", str(settings))
    assert "notices" not in json.loads(again.stdout)
    assert again.exit_code == result.exit_code
    assert json.loads(again.stdout)["findings"] == out["findings"]
